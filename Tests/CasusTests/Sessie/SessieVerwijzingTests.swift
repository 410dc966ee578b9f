import Testing
@testable import Casus
@testable import CasusOpslag

/// Unknown item ids anywhere in sessie.yaml are warnings with their place; the entry is kept.
@Suite struct SessieVerwijzingTests {
    @Test func elkeOnbekendeVerwijzingIsEenWaarschuwingMetPlek() throws {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format(), in: map)
        IntakeHulp.schrijf("""
        sessie: sessie/2
        casus: test-2024-01
        gezinsleden:
          - id: kind-2
            eigenheid: Speels.
          - id: moeder
            blij_van: Tuinieren.
        kies:
          - item: onbekend-1
            veld: wat
            tekst: Iets.
        visie:
          - principe: 1
            oordeel: deels
            items: [moeder, onbekend-2]
        afspraken:
          - wat: Bellen.
            items: [onbekend-3]

        """, naam: "sessie.yaml", in: map)
        let rapport = Intake.controleer(paden: [map])
        #expect(rapport.meldingen.fouten.isEmpty, "\(rapport.meldingen)")
        let w = rapport.meldingen.waarschuwingen
        #expect(w.map(\.regel) == [4, 9, 15, 18], "\(w)")
        #expect(w[0].bericht.contains("onbekend gezinslid 'kind-2'; bedoelde je kind-1?"))
        #expect(w[1].bericht.contains("kies op onbekend item 'onbekend-1'"))
        #expect(w[2].bericht.contains("visie noemt onbekend item 'onbekend-2'") && w[2].kolom == 21)
        #expect(w[3].bericht.contains("afspraak noemt onbekend item 'onbekend-3'"))
        #expect(w.allSatisfy { $0.hint?.contains("blijft bewaard") == true })
        let (sessie, _) = Intake.leesSessie(pad: map + "/sessie.yaml")
        #expect(sessie?.gezinsleden.count == 2 && sessie?.kies.count == 1 && sessie?.afspraken.count == 1)
    }
}
