import Foundation
import Testing
@testable import Casus
@testable import CasusXLSX

/// A professional fills in the workbook template (openpyxl, as LibreOffice or Excel
/// would save it) and gets every problem in one run at its sheet and cell; a correct
/// one merges exactly like its YAML twin.
@Suite struct ProfessionalVultInTests {
    /// Writes the template, lets openpyxl fill it with `rijen`, returns the saved path.
    static func vulIn(_ rijen: [String: Any], naam: String = "wijkcoach.xlsx", in map: String? = nil) throws -> String {
        let map = map ?? XLSXHulp.tijdelijkeMap()
        let sjabloon = map + "/.sjabloon-\(UUID().uuidString).xlsx"
        try XLSXHulp.codec.schrijf(FormatIndeling.sjabloon).write(to: URL(fileURLWithPath: sjabloon))
        let json = map + "/.rijen-\(UUID().uuidString).json"
        try JSONSerialization.data(withJSONObject: rijen).write(to: URL(fileURLWithPath: json))
        let uit = (map as NSString).appendingPathComponent(naam)
        let proces = Process()
        proces.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        proces.arguments = ["python3", XLSXHulp.pad("Tests/CasusXLSXTests/Fixtures/vul_sjabloon.py"), sjabloon, uit, json]
        try proces.run()
        proces.waitUntilExit()
        try #require(proces.terminationStatus == 0, "openpyxl kon het sjabloon niet invullen")
        try FileManager.default.removeItem(atPath: sjabloon)
        try FileManager.default.removeItem(atPath: json)
        return uit
    }

    @Test func elkeFoutOpBladEnCelInEenRonde() throws {
        let pad = try Self.vulIn([
            "_kop": ["Kader": ["G": "opmerkingen"]],
            "Format": [["", "test-2024-01", "wijkcoach", ""]],
            "Gezinsleden": [["moeder", "mama"], ["kind-1", "kind", "Sanne", ["datum": "2011-05-04"]], ["vader", "vader"]],
            "Gebeurtenissen": [
                ["31-02-2021", "Zitting bij de rechtbank."],
                [["datum": "2019-03-14"], ""],
                ["voorjaar 2019", "Melding bij Veilig Thuis.", "incdent"],
                [],
                [["getal": 2020], "Verhuizing naar Almelo.", "verhuizing", "moeder, kind-1"],
            ],
            "Interventies": [["KIES", "Humanitas", "kind", "2020-05", "2019-01"]],
            "Kader": [["2020-10-06", "vrijwilig", "gedwongen"]],
        ])
        let rapport = Intake.controleer(paden: [pad])
        let plaatsen = rapport.meldingen.fouten.map { "\($0.blad ?? "-")!\($0.cel ?? "-")" }
        let verwacht = ["Format!D3", "Gebeurtenissen!A3", "Gebeurtenissen!B4", "Gebeurtenissen!C5",
                        "Gezinsleden!B3", "Interventies!E3", "Kader!G1", "Kader!B3"]
        #expect(plaatsen == verwacht, "\(rapport.meldingen.map(\.description).joined(separator: "\n"))")
        func bericht(_ plaats: String) -> String {
            rapport.meldingen.first { "\($0.blad ?? "")!\($0.cel ?? "")" == plaats }?.description ?? ""
        }
        #expect(bericht("Format!D3").contains("organisatie is leeg"))
        #expect(bericht("Gebeurtenissen!A3").contains("31-02-2021"))
        #expect(bericht("Gebeurtenissen!B4").contains("wat is leeg"))
        #expect(bericht("Gebeurtenissen!C5").contains("bedoelde je incident?"))
        #expect(bericht("Gezinsleden!B3").contains("ongeldige waarde 'mama' voor rol"))
        #expect(bericht("Interventies!E3").contains("ligt vóór start"))
        #expect(bericht("Kader!B3").contains("bedoelde je vrijwillig?"))
        #expect(bericht("Kader!G1").contains("onbekende kolom 'opmerkingen'"))
        #expect(bericht("Kader!G1").contains("toegestaan: datum, van, naar"))
        #expect(bericht("Gebeurtenissen!A3").hasPrefix(pad + ":Gebeurtenissen!A3: fout: "))
    }

    /// Date cells (typed as a date in Excel) count as the day; a year typed as a number as the year.
    @Test func datumCellenEnGetallen() throws {
        let pad = try Self.vulIn([
            "Format": [["", "test-2024-01", "wijkcoach", "Wijkteam"]],
            "Gebeurtenissen": [[["datum": "2019-03-14"], "Zitting."], [["getal": 2020], "Verhuizing."]],
        ])
        let (format, meldingen) = Intake.leesFormat(pad: pad)
        #expect(meldingen.isEmpty, "\(meldingen)")
        let datums = format?.gebeurtenissen.map(\.datum) ?? []
        #expect(datums.map(\.tekst) == ["2019-03-14", "2020"])
        #expect(datums.map(\.precisie) == [.dag, .jaar])
    }

    /// Each example format, typed into the template as text under the untouched example
    /// rows, merges to the same tijdlijn.json as the YAML formats.
    @Test func ingevuldSjabloonIsGelijkAanYamlTweeling() throws {
        for map in WerkboekRondreisTests.voorbeeldMappen() {
            let origineel = String(decoding: try tijdlijnJSON(map), as: UTF8.self)
            let kopie = XLSXHulp.tijdelijkeMap()
            for naam in try FileManager.default.contentsOfDirectory(atPath: map).sorted() {
                let pad = (map as NSString).appendingPathComponent(naam)
                guard naam != "sessie.yaml", let format = Intake.leesFormat(pad: pad).0 else {
                    try FileManager.default.copyItem(atPath: pad, toPath: kopie + "/" + naam)
                    continue
                }
                var rijen: [String: Any] = [:]
                for blad in FormatWerkboek.ontwerp(format).bladen where blad.tekstRegels == nil {
                    rijen[blad.naam] = blad.rijen
                }
                try Self.vulIn(rijen, naam: (naam as NSString).deletingPathExtension + ".xlsx", in: kopie)
            }
            var omgezet = String(decoding: try tijdlijnJSON(kopie), as: UTF8.self)
            omgezet = omgezet.replacingOccurrences(of: ".xlsx\"", with: ".yaml\"")
            #expect(omgezet == origineel, "\(map)")
        }
    }

    func tijdlijnJSON(_ map: String) throws -> Data {
        let invoer = Intake.leesCasusMap(pad: map)
        try #require(!invoer.meldingen.heeftFouten, "\(invoer.meldingen)")
        return Samenvoeger.voegSamen(invoer.formats, sessie: invoer.sessie, sessiePad: invoer.sessiePad).tijdlijn.json()
    }
}
