import Foundation
import Testing
@testable import Casus

/// Dates as professionals write them (issue 17): `ergens in 2018`, `in 2018`,
/// `2018-2019`, `rond de zomer van 2019`, each with its interval (docs in README).
@Suite struct DatumVormenTests {
    @Test(arguments: [
        ("ergens in 2018", "2018-01-01", "2018-12-31", Datum.Precisie.jaar, false),
        ("in 2018", "2018-01-01", "2018-12-31", .jaar, false),
        ("In maart 2019", "2019-03-01", "2019-03-31", .maand, false),
        ("2018-2019", "2018-01-01", "2019-12-31", .jaar, false),
        ("2018 – 2019", "2018-01-01", "2019-12-31", .jaar, false),
        ("2018 - 2019", "2018-01-01", "2019-12-31", .jaar, false),
        ("2018—2019", "2018-01-01", "2019-12-31", .jaar, false),
        ("ca. 2018-2020", "2018-01-01", "2020-12-31", .jaar, true),
        ("rond de zomer van 2019", "2019-06-01", "2019-08-31", .periode, true),
        ("begin van 2019", "2019-01-01", "2019-04-30", .periode, false),
    ])
    func vorm(tekst: String, van: String, tot: String, precisie: Datum.Precisie, ca: Bool) throws {
        let d = try #require(DatumParser.parse(tekst))
        #expect("\(d.van)" == van)
        #expect("\(d.tot)" == tot)
        #expect(d.precisie == precisie)
        #expect(d.ca == ca)
        #expect(d.tekst == tekst)
    }

    @Test(arguments: ["2019-2018", "2019-2019", "ergens", "in", "rond de", "2018 tot 2019 ongeveer"])
    func geenDatum(tekst: String) {
        #expect(DatumParser.parse(tekst) == nil)
    }

    /// Every accepted form is kept as written in tijdlijn.json's `tekst` and reads back to the same interval.
    @Test func rondreisDoorTekstInJSON() throws {
        let vormen = ["ergens in 2018", "in 2018", "2018-2019", "2018 – 2019", "rond de zomer van 2019",
                      "14 maart 2019", "Q2 2019", "ca. 2015", "eind 2019"]
        let lijst = vormen.map { "  - datum: \"\($0)\"\n    wat: Gebeurtenis \($0).\n" }.joined()
        let (format, meldingen) = Intake.leesFormat(tekst: IntakeHulp.format("gebeurtenissen:\n" + lijst), pad: "f.yaml")
        #expect(meldingen.isEmpty, "\(meldingen)")
        let tijdlijn = Samenvoeger.voegSamen([try #require(format)], sessie: nil, sessiePad: nil).tijdlijn
        let json = try #require(try JSONSerialization.jsonObject(with: tijdlijn.json()) as? [String: Any])
        let gebeurtenissen = try #require(json["gebeurtenissen"] as? [[String: Any]])
        #expect(gebeurtenissen.count == vormen.count)
        var gezien: [String] = []
        for g in gebeurtenissen {
            let datum = try #require(g["datum"] as? [String: Any])
            let tekst = try #require(datum["tekst"] as? String)
            let terug = try #require(DatumParser.parse(tekst))
            #expect("\(terug.van)" == datum["van"] as? String)
            #expect("\(terug.tot)" == datum["tot"] as? String)
            #expect(terug.precisie.rawValue == datum["precisie"] as? String)
            #expect(terug.ca == datum["ca"] as? Bool)
            gezien.append(tekst)
        }
        #expect(Set(gezien) == Set(vormen))
    }
}
