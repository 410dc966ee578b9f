import Foundation
import Testing
@testable import Casus
import CasusApp

/// The exact findings on the bundled example casussen (examples/README.md says what a
/// facilitator recognises in each), through intake, merge and detection.
@Suite("Patronen op de voorbeeldcasussen")
struct VoorbeeldPatronenTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    func gevonden(_ casus: String) -> [[String]] {
        let resultaat = PatronenAnalyse.voerUit(casusMap: Self.examples.appendingPathComponent(casus).path)
        #expect(!resultaat.meldingen.heeftFouten)
        return resultaat.bevindingen.map { [$0.patroon] + $0.bewijs }
    }

    @Test func hengelo() {
        #expect(gevonden("hengelo-2024-02") == [
            ["opeenvolgende-hulp", "interventie-ouderschap-blijft-2018", "interventie-mediation-2018",
             "interventie-kinderen-uit-de-knel-2019", "interventie-omgangsbegeleiding-2020"],
            ["opschaling-uit-machteloosheid", "kader-raadsonderzoek-2020",
             "interventie-kinderen-uit-de-knel-2019", "interventie-omgangsbegeleiding-2020"],
            ["opschaling-uit-machteloosheid", "kader-ots-2020",
             "interventie-kinderen-uit-de-knel-2019", "interventie-omgangsbegeleiding-2020"],
            ["samen-aan-tafel-herhaald", "interventie-ouderschap-blijft-2018", "interventie-mediation-2018",
             "interventie-kinderen-uit-de-knel-2019", "interventie-ouderschapsplan-herzien-2023"],
            ["abrupte-afschaling", "kader-einde-ots-2022"],
        ])
    }

    @Test func almelo() {
        #expect(gevonden("almelo-2023-07") == [
            ["samen-aan-tafel-herhaald", "interventie-mediation-2017",
             "interventie-begeleiding-ouderschapsplan-2018", "interventie-ouderschap-na-scheiding-2020"],
            ["parallel-ouderschap-als-laatste-strohalm", "interventie-parallel-ouderschap-2022",
             "interventie-mediation-2017", "interventie-begeleiding-ouderschapsplan-2018",
             "interventie-ouderschap-na-scheiding-2020"],
            ["regie-onduidelijk", "regie-wijkcoach-sociaal-team-rijssen-holten-2019",
             "regie-jeugdbeschermer-jeugdbescherming-oost-nederland-2022"],
            ["regie-gat", "regie-wijkcoach-wijkteam-almelo-2017",
             "regie-wijkcoach-sociaal-team-rijssen-holten-2019"],
            ["kinderen-uit-beeld", "kind-1", "kind-2"],
            ["netwerk-niet-in-kaart"],
        ])
    }

    @Test func elkBewijsIsEenItemVanDeTijdlijn() throws {
        for casus in ["hengelo-2024-02", "almelo-2023-07"] {
            let resultaat = PatronenAnalyse.voerUit(casusMap: Self.examples.appendingPathComponent(casus).path)
            let t = try #require(resultaat.tijdlijn)
            let ids = Set(t.gezinsleden.map(\.id) + t.netwerk.map(\.id) + t.gebeurtenissen.map(\.id)
                          + t.interventies.map(\.id) + t.kader.map(\.id) + t.regie.map(\.id))
            for b in resultaat.bevindingen {
                #expect(b.bewijs.allSatisfy(ids.contains), "\(b.patroon): \(b.bewijs)")
                #expect(b.uitleg.hasSuffix("."))
            }
            // Names of people never appear in an explanation.
            let namen = t.gezinsleden.compactMap(\.inhoud.naam) + t.netwerk.compactMap(\.inhoud.naam)
            for b in resultaat.bevindingen {
                #expect(!namen.contains(where: { b.uitleg.contains($0) }), "\(b.uitleg)")
            }
        }
    }

    @Test func patronenYamlInDeCasusmap() throws {
        let map = IntakeHulp.tijdelijkeMap()
        defer { try? FileManager.default.removeItem(atPath: map) }
        let bron = Self.examples.appendingPathComponent("almelo-2023-07")
        for naam in try FileManager.default.contentsOfDirectory(atPath: bron.path) where naam.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: bron.appendingPathComponent(naam).path,
                                             toPath: (map as NSString).appendingPathComponent(naam))
        }
        IntakeHulp.schrijf("netwerk-niet-in-kaart:\n  uit: true\nregie-gat:\n  gat_dagen: 120\n",
                           naam: "patronen.yaml", in: map)
        let ids = PatronenAnalyse.voerUit(casusMap: map).bevindingen.map(\.patroon)
        // The gap of 92 days no longer counts, but the cold handover to Rijssen-Holten still does.
        #expect(ids == ["samen-aan-tafel-herhaald", "parallel-ouderschap-als-laatste-strohalm",
                        "regie-onduidelijk", "regie-gat", "kinderen-uit-beeld"])

        IntakeHulp.schrijf("regie-gat:\n  gat_dagn: 120\n", naam: "patronen.yaml", in: map)
        let fout = PatronenAnalyse.voerUit(casusMap: map)
        #expect(fout.tijdlijn == nil && fout.bevindingen.isEmpty && fout.rapport == nil)
        let melding = try #require(fout.meldingen.fouten.first)
        #expect(melding.pad.hasSuffix("patronen.yaml") && melding.regel == 2 && melding.kolom == 3)
        #expect(melding.bericht.contains("bedoelde je gat_dagen?"))
    }

    @Test func jsonIsStabielEnVolgtCli() throws {
        let resultaat = PatronenAnalyse.voerUit(casusMap: Self.examples.appendingPathComponent("hengelo-2024-02").path)
        let rapport = try #require(resultaat.rapport)
        let json = rapport.json()
        #expect(json == rapport.json())
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["casus"] as? String == "hengelo-2024-02")
        let eerste = try #require((object["bevindingen"] as? [[String: Any]])?.first)
        #expect(Set(eerste.keys) == ["patroon", "titel", "uitleg", "bewijs"])
    }
}
