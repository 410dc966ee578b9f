import Foundation
import Testing

/// `casus converteer` and `casus sjabloon` through the real binary: they write like
/// every output (0600; never over the input, a foreign file or through a symlink
/// without --overschrijf), and a format with a fout is not converted at all.
@Suite(.enabled(if: WerkbankProces.bestaat)) struct ConverteerCommandoTests {
    static let yaml = Repo.pad("examples/hengelo-2024-02/wijkcoach.yaml")

    static func rechten(_ pad: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: pad)[.posixPermissions] as? Int
    }

    @Test func omzettenEnTerugGeeftDezelfdeTijdlijn() throws {
        let map = TijdelijkeMap()
        for sub in ["yaml", "xlsx", "terug"] {
            try FileManager.default.createDirectory(atPath: map.bestand(sub), withIntermediateDirectories: false)
        }
        let kopie = map.bestand("yaml/wijkcoach.yaml")
        try FileManager.default.copyItem(atPath: Self.yaml, toPath: kopie)
        let xlsx = map.bestand("xlsx/wijkcoach.xlsx"), terug = map.bestand("terug/wijkcoach.yaml")
        let heen = try WerkbankProces.voer(["converteer", kopie, "--uit", xlsx])
        #expect(heen.code == 0, "\(heen.fout)")
        #expect(heen.uit.contains("omgezet naar"))
        #expect(try Self.rechten(xlsx) == 0o600)
        #expect(try WerkbankProces.voer(["converteer", xlsx, "--uit", terug]).code == 0)
        let json = try ["yaml", "xlsx", "terug"].map { sub in
            let uit = try WerkbankProces.voer(["tijdlijn", map.bestand(sub), "--json"])
            #expect(uit.code == 0, "\(uit.fout)")
            return uit.uit
        }
        #expect(!json[0].isEmpty)
        #expect(json[2] == json[0])
        // The workbook names itself as delivered; everything else, ids included, is the same.
        #expect(json[1].replacingOccurrences(of: "wijkcoach.xlsx", with: "wijkcoach.yaml") == json[0])
        // Its own output may be replaced by the next run.
        #expect(try WerkbankProces.voer(["converteer", kopie, "--uit", xlsx]).code == 0)
    }

    @Test func deInvoerWordtNietOverschreven() throws {
        let map = TijdelijkeMap()
        let xlsx = map.bestand("wijkcoach.xlsx")
        #expect(try WerkbankProces.voer(["converteer", Self.yaml, "--uit", xlsx]).code == 0)
        let voor = try Data(contentsOf: URL(fileURLWithPath: xlsx))
        let uit = try WerkbankProces.voer(["converteer", xlsx, "--uit", xlsx])
        #expect(uit.code == 1)
        #expect(uit.fout.contains("\(xlsx): fout: dit bestand is invoer van deze opdracht"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: xlsx)) == voor)
    }

    @Test func eenVreemdBestandAlleenMetOverschrijf() throws {
        let map = TijdelijkeMap()
        let doel = map.bestand("sjabloon.xlsx")
        try Data("van iemand anders".utf8).write(to: URL(fileURLWithPath: doel))
        chmod(doel, 0o644)
        let geweigerd = try WerkbankProces.voer(["sjabloon", "--uit", doel])
        #expect(geweigerd.code == 1)
        #expect(geweigerd.fout.contains("bestaat al en is niet door Casus geschreven"))
        #expect(try String(contentsOfFile: doel, encoding: .utf8) == "van iemand anders")
        let vervangen = try WerkbankProces.voer(["sjabloon", "--uit", doel, "--overschrijf"])
        #expect(vervangen.code == 0, "\(vervangen.fout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: doel)).prefix(2) == Data("PK".utf8))
        #expect(try Self.rechten(doel) == 0o600)
    }

    @Test func nietDoorEenSymbolischeKoppeling() throws {
        let map = TijdelijkeMap()
        let link = map.bestand("link.yaml"), doel = map.bestand("elders.yaml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: doel)
        let uit = try WerkbankProces.voer(["sjabloon", "--uit", link])
        #expect(uit.code == 1)
        #expect(uit.fout.contains("symbolische koppeling"))
        #expect(!FileManager.default.fileExists(atPath: doel))
    }

    @Test func eenFormatMetFoutenWordtNietOmgezet() throws {
        let map = TijdelijkeMap()
        let fout = map.bestand("fout.yaml"), xlsx = map.bestand("fout.xlsx")
        let tekst = try String(contentsOfFile: Self.yaml, encoding: .utf8)
            .replacingOccurrences(of: "format: tijdlijn-format/1", with: "format: tijdlijn-format/9")
        try tekst.write(toFile: fout, atomically: true, encoding: .utf8)
        let uit = try WerkbankProces.voer(["converteer", fout, "--uit", xlsx])
        #expect(uit.code == 1)
        #expect(uit.fout.contains("\(fout):"))
        #expect(uit.fout.contains("Niet omgezet"))
        #expect(!FileManager.default.fileExists(atPath: xlsx))
    }
}
