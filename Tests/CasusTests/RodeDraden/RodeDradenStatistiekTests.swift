import Foundation
import Testing
@testable import Casus

/// Issue 19 across casussen: `casus statistiek` figures as median and range, and
/// the items where the room differed counted per thema.
@Suite struct RodeDradenStatistiekTests {
    func casus(_ id: String, interventies: Int, annotaties: [Annotatie] = []) -> Analyse {
        let items = (0..<interventies).map { i in
            TijdlijnItem(id: "interventie-\(i)", bronnen: ["b"], inhoud: Interventie(
                naam: "hulp \(i)", aanbieder: "Aanbieder \(i)", soort: .communicatie,
                start: Datum(tekst: "2020-01-0\(i + 1)", van: Dag(2020, 1, i + 1), tot: Dag(2020, 1, i + 1), precisie: .dag),
                einde: Datum(tekst: "2020-01-0\(i + 1)", van: Dag(2020, 1, i + 1), tot: Dag(2020, 1, i + 1), precisie: .dag)),
                perBron: [])
        }
        return Analyse(tijdlijn: Tijdlijn(casus: id, interventies: items,
                                          periode: Periode(van: Dag(2020, 1, 1), tot: Dag(2020, 1, 31))),
                       annotaties: annotaties)
    }

    @Test func mediaanEnSpreidingOverCasussen() throws {
        let r = RodeDraden.bereken([casus("a", interventies: 1), casus("b", interventies: 2),
                                    casus("c", interventies: 6)])
        let s = try #require(r.statistiek.figuren["interventies"])
        #expect((s.mediaan, s.min, s.max, s.aantal) == (2, 1, 6, 3))
        // One day of help per interventie on days 1..n of January: the rest of the month is a gap.
        let gat = try #require(r.statistiek.figuren["langste_periode_zonder_hulp_dagen"])
        #expect((gat.mediaan, gat.min, gat.max) == (29, 25, 30))
        #expect(r.statistiek.figuren["leeftijd_eerste_hulp"] == nil)
    }

    @Test func evenAantalGeeftHetGemiddeldeVanDeMiddelste() throws {
        let r = RodeDraden.bereken([casus("a", interventies: 1), casus("b", interventies: 4)])
        #expect(r.statistiek.figuren["interventies"]?.mediaan == 2.5)
    }

    @Test func verdeeldPerThema() throws {
        let a: [Annotatie] = [
            Annotatie(item: "interventie-0", soort: .smiley, door: "p1", thema: .kinderen),
            Annotatie(item: "interventie-0", soort: .sadney, door: "p2", thema: .processen),
            Annotatie(item: "interventie-1", soort: .sadney, door: "p2", thema: .processen),
        ]
        let r = RodeDraden.bereken([casus("a", interventies: 2, annotaties: a)])
        let perThema = Dictionary(uniqueKeysWithValues: r.annotaties.perThema.map { ($0.waarde, $0.verdeeld) })
        #expect(perThema["kinderen"] == 1)
        #expect(perThema["processen"] == 1)
        #expect(perThema["dogmas"] == 0)
        #expect(r.statistiek.figuren["verdeeld"]?.max == 1)
        let json = String(decoding: r.json(), as: UTF8.self)
        #expect(json.contains("\"verdeeld_bij\""))
        #expect(json.contains("\"statistiek\""))
    }

    @Test func hetRapportToontDeSpreiding() {
        let r = RodeDraden.bereken([casus("a", interventies: 1), casus("b", interventies: 4)])
        let html = HTMLSchrijver.html(RodeDradenRapport.document(r))
        #expect(html.contains("Tijd in hulp, gaten en leeftijden"))
        #expect(html.contains("2,5"))
    }
}
