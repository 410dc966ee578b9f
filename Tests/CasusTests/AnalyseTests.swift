import Foundation
import Testing
@testable import Casus
import CasusApp

/// The shared pipeline behind tijdlijn, patronen, render, analyseer and rode-draden.
@Suite struct AnalyseTests {
    /// Two formats that describe one event so differently that the automatic merge keeps two items.
    func casusMap(sessie: String) -> String {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format("gebeurtenissen:\n  - datum: 2019-03-14\n    wat: Ruzie bij de voordeur\n    soort: incident\n"), naam: "a.yaml", in: map)
        IntakeHulp.schrijf(IntakeHulp.format(rol: "leerkracht", organisatie: "School", "gebeurtenissen:\n  - datum: juni 2019\n    wat: Kind vertelt over geschreeuw thuis\n    soort: school\n"), naam: "b.yaml", in: map)
        IntakeHulp.schrijf(sessie, naam: "sessie.yaml", in: map)
        return map
    }

    @Test func annotatieOpGekoppeldItemVolgtHetItem() throws {
        let zonder = try #require(Analyseren.voerUit(casus: casusMap(sessie: "sessie: sessie/1\ncasus: test-2024-01\n")).analyse)
        let ids = zonder.tijdlijn.gebeurtenissen.map(\.id).sorted()
        #expect(ids.count == 2)
        let map = casusMap(sessie: """
        sessie: sessie/1
        casus: test-2024-01
        koppel:
          - items: [\(ids[0]), \(ids[1])]
        annotaties:
          - item: \(ids[1])
            soort: sadney
            door: facilitator
        """)
        let resultaat = Analyseren.voerUit(casus: map)
        let analyse = try #require(resultaat.analyse)
        #expect(analyse.tijdlijn.gebeurtenissen.count == 1)
        let item = try #require(analyse.tijdlijn.gebeurtenissen.first)
        #expect(item.id == ids[0])
        #expect(item.aliassen == [ids[1]])
        #expect(analyse.annotaties.map(\.item) == [ids[0]])
        #expect(String(decoding: analyse.tijdlijn.json(), as: UTF8.self).contains("\"aliassen\""))
        // controleer does not call the annotation orphaned either.
        #expect(Intake.controleer(paden: [map]).meldingen.isEmpty)
    }

    @Test func mapDieNietBestaatGeeftFout() {
        let r = Analyseren.voerUit(casus: "/bestaat/niet", werkbank: "/bestaat/ook-niet.sqlite")
        #expect(r.analyse == nil)
        #expect(r.meldingen.heeftFouten)
    }

    @Test func gepseudonimiseerdeAnalyseHoudtDezelfdeIds() throws {
        let analyse = try #require(Analyseren.voerUit(casus: Repo.pad("examples/hengelo-2024-02")).analyse)
        let p = analyse.gepseudonimiseerd()
        #expect(p.tijdlijn.itemIds == analyse.tijdlijn.itemIds)
        #expect(p.annotaties.map(\.item) == analyse.annotaties.map(\.item))
        #expect(p.bevindingen.map(\.bewijs) == analyse.bevindingen.map(\.bewijs))
        #expect(p.annotaties.allSatisfy { $0.door == "deelnemer" })
    }
}
