import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag

/// `casus versies`: old versions of a format stay reachable, byte for byte.
@Suite struct VersieOverzichtTests {
    /// Casus `c` with a wijkcoach in two versions and a school in one.
    static func werkbank(in map: TijdelijkeMap) throws -> Werkbank {
        let wb = try Werkbank.open(pad: map.bestand("wb.sqlite"), maakAan: true)
        let school = FormatTekst(bestand: "school.yaml", tekst: "school\n", casus: "c",
                                 rol: "intern begeleider", organisatie: "De Wilgenhoek")
        _ = try wb.importeer([StoreVoorbeeld.format("c", tekst: "versie: 'één'\r\n"), school],
                             sessies: [], door: "Anna") { _, _, _ in nil }
        _ = try wb.importeer([StoreVoorbeeld.format("c", tekst: "versie 2\n", bestand: "wijkcoach-nieuw.yaml")],
                             sessies: [], door: "Bert") { _, _, _ in nil }
        return wb
    }

    @Test func elkeBronToontAlHaarVersies() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        let bronnen = try VersieOverzicht.bronnen(casus: "c", in: wb)
        #expect(bronnen.map(\.id) == ["intern-begeleider-de-wilgenhoek", "wijkcoach-gemeente-hengelo"])
        #expect(bronnen[1].versies.map(\.versie) == [1, 2])
        #expect(bronnen[1].versies.map(\.door) == ["Anna", "Bert"])

        let tekst = VersieOverzicht.tekst(casus: "c", bronnen)
        let hash1 = String(Vingerafdruk.hex("versie: 'één'\r\n").prefix(12))
        let hash2 = String(Vingerafdruk.hex("versie 2\n").prefix(12))
        #expect(tekst.contains("wijkcoach-gemeente-hengelo — wijkcoach (Gemeente Hengelo), 2 versies:"))
        #expect(tekst.contains("versie 1  "))
        #expect(tekst.contains("door Anna  sha256 \(hash1)  wijkcoach.yaml\n"))
        #expect(tekst.contains("door Bert  sha256 \(hash2)  wijkcoach-nieuw.yaml  ← nieuwste\n"))
        #expect(tekst.contains("school.yaml  ← nieuwste\n"))
        #expect(tekst.components(separatedBy: "← nieuwste").count - 1 == 2)
    }

    @Test func eenOudeVersieKomtExactTerug() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        #expect(try VersieOverzicht.yaml(casus: "c", bron: "wijkcoach-gemeente-hengelo", versie: 1, in: wb)
                == "versie: 'één'\r\n")
        #expect(try VersieOverzicht.yaml(casus: "c", bron: "wijkcoach", versie: 2, in: wb) == "versie 2\n")
        #expect(try VersieOverzicht.yaml(casus: "c", bron: "Intern Begeleider", versie: 1, in: wb) == "school\n")
    }

    @Test func onbekendeCasusBronOfVersieGeeftEenNederlandseFout() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        #expect(throws: WerkbankFout.onbekendeCasus("x", bekend: ["c"])) {
            try VersieOverzicht.bronnen(casus: "x", in: wb)
        }
        let bekend = ["intern-begeleider-de-wilgenhoek", "wijkcoach-gemeente-hengelo"]
        #expect(throws: WerkbankFout.onbekendeBron(casus: "c", bron: "jeugdbeschermer", bekend: bekend)) {
            try VersieOverzicht.yaml(casus: "c", bron: "jeugdbeschermer", versie: 1, in: wb)
        }
        let fout = WerkbankFout.onbekendeVersie(casus: "c", bron: "wijkcoach-gemeente-hengelo", versie: 3, bekend: [1, 2])
        #expect(throws: fout) { try VersieOverzicht.yaml(casus: "c", bron: "wijkcoach", versie: 3, in: wb) }
        #expect(fout.description.contains("heeft geen versie 3 — bewaarde versies: 1, 2"))
    }

    @Test func hetProgrammaToontVersiesEnDeTekst() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        let lijst = try WerkbankProces.voer(["versies", "c", "--werkbank", wb.pad])
        #expect(lijst.code == 0)
        #expect(lijst.uit.contains("wijkcoach-nieuw.yaml  ← nieuwste"))
        let oud = try WerkbankProces.voer(["versies", "c", "--bron", "wijkcoach", "--versie", "1", "--werkbank", wb.pad])
        #expect(oud.code == 0)
        #expect(oud.uit == "versie: 'één'\r\n")
        let fout = try WerkbankProces.voer(["versies", "c", "--bron", "wijkcoach", "--versie", "9", "--werkbank", wb.pad])
        #expect(fout.code == 1)
        #expect(fout.fout.contains("fout: bron 'wijkcoach-gemeente-hengelo' van casus 'c' heeft geen versie 9"))
        #expect(try WerkbankProces.voer(["versies", "c", "--versie", "1", "--werkbank", wb.pad]).code == 2)
    }
}
