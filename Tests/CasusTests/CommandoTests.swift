import Foundation
import Testing

/// The command-line contract of cli.md: messages on stderr as PATH:LINE:COLUMN, exit 0/1/2, Dutch.
@Suite(.serialized) struct CommandoTests {
    @Test func controleerOpDeVoorbeeldenIsSchoon() throws {
        let u = try WerkbankProces.voer(["controleer", Repo.pad("examples/hengelo-2024-02"), Repo.pad("examples/almelo-2023-07")])
        #expect(u.code == 0)
        #expect(u.fout.contains("0 fouten"))
    }

    @Test func eenKapotteMapGeeftElkProbleemEnExit1() throws {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format("gebeurtenissen:\n  - datum: ooit\n    wat: x\n    soort: ruzie\n"), naam: "a.yaml", in: map)
        IntakeHulp.schrijf("format: tijdlijn-format/1\ncasus: test-2024-01\ningediend_door:\n\trol: x\n", naam: "b.yaml", in: map)
        let u = try WerkbankProces.voer(["controleer", map])
        #expect(u.code == 1)
        let regels = u.fout.split(separator: "\n").map(String.init)
        #expect(regels.contains { $0.hasPrefix(map + "/a.yaml:12:12: fout: onleesbare datum 'ooit'") })
        #expect(regels.contains { $0.hasPrefix(map + "/a.yaml:14:12: fout: ongeldige waarde 'ruzie'") })
        #expect(regels.contains { $0.hasPrefix(map + "/b.yaml:4:1: fout: tab") })
        #expect(regels.last?.contains("3 fouten") == true)
        #expect(u.uit.isEmpty)
    }

    @Test(arguments: [
        (["tijdlijn"], "argument <casus> ontbreekt"),
        (["tijdlijn", "examples/hengelo-2024-02", "--onzin"], "onbekende optie --onzin"),
        (["controleer", "/bestaat/niet.yaml"], "bestaat niet"),
        (["patronen", "/bestaat/niet"], "map bestaat niet"),
        (["onbekend-commando"], "verkeerd gebruik"),
    ])
    func verkeerdGebruikIsExit2(argumenten: [String], melding: String) throws {
        let u = try WerkbankProces.voer(argumenten)
        #expect(u.code == 2)
        #expect(u.fout.contains(melding), "\(u.fout)")
    }

    @Test func patronenJsonVolgensCliMd() throws {
        let u = try WerkbankProces.voer(["patronen", Repo.pad("examples/almelo-2023-07"), "--json"])
        #expect(u.code == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(u.uit.utf8)) as? [String: Any])
        #expect(json["casus"] as? String == "almelo-2023-07")
        let bevindingen = try #require(json["bevindingen"] as? [[String: Any]])
        #expect(!bevindingen.isEmpty)
        for b in bevindingen {
            #expect(Set(b.keys).isSuperset(of: ["patroon", "titel", "uitleg", "bewijs"]))
        }
    }

    @Test func hulpIsNederlands() throws {
        let u = try WerkbankProces.voer(["--help"])
        #expect(u.code == 0)
        #expect(u.uit.contains("GEBRUIK:"))
        #expect(!u.uit.contains("USAGE:"))
    }

    /// The main job of cli.md: five files, only readable by the owner, no name when pseudonymised.
    @Test func analyseerSchrijftDeVijfBestanden() throws {
        let uit = IntakeHulp.tijdelijkeMap() + "/uitvoer"
        let u = try WerkbankProces.voer(["analyseer", Repo.pad("examples/hengelo-2024-02"), "--uit", uit, "--pseudoniem"])
        #expect(u.code == 0, "\(u.fout)")
        let fm = FileManager.default
        #expect((try fm.attributesOfItem(atPath: uit)[.posixPermissions] as? Int) == 0o700)
        for naam in ["tijdlijn.json", "patronen.json", "tijdlijn.svg", "tijdlijn.png", "tijdlijn.pdf"] {
            let pad = uit + "/" + naam
            #expect((try fm.attributesOfItem(atPath: pad)[.posixPermissions] as? Int) == 0o600, "\(naam)")
            let data = try Data(contentsOf: URL(fileURLWithPath: pad))
            #expect(data.count > 1000, "\(naam)")
            if naam.hasSuffix(".json") || naam.hasSuffix(".svg") {
                let tekst = String(decoding: data, as: UTF8.self)
                for persoon in ["Sanne", "Daan", "Ilse", "Ruben", "Gerda", "Henk", "Joyce", "Marloes"] {
                    #expect(!tekst.contains(persoon), "\(persoon) in \(naam)")
                }
            }
        }
        let tijdlijn = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: uit + "/tijdlijn.json"))) as? [String: Any])
        for sleutel in ["casus", "bronnen", "gezinsleden", "netwerk", "gebeurtenissen", "interventies", "kader", "regie",
                        "regiewisselingen", "conflicten"] {
            #expect(tijdlijn[sleutel] != nil, "\(sleutel) ontbreekt in tijdlijn.json")
        }
    }
}
