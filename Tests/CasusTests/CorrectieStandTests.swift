import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag

/// Corrections that say what they do (issue 14): impossible ones are refused
/// before they are stored, obsolete ones are listed once with their state.
@Suite struct CorrectieStandTests {
    @Test func eenVervallenKoppelingStaatEenKeerInToonMetHaarReden() throws {
        let map = TijdelijkeMap()
        let (wb, casusMap) = try WerkbankTestCasus.geimporteerd(in: map)
        _ = try SessieBewerking.koppel(casus: WerkbankTestCasus.id, Koppeling(items: ["I1", "I2"]), door: "t", in: wb)
        var weergave = try WerkbankWeergave.maak(casus: WerkbankTestCasus.id, in: wb)
        #expect(weergave.correctieStanden.map(\.vervallen) == [nil])
        #expect(weergave.tekst.contains("— toegepast"))
        // The mediation leaves the format: the koppel has nothing left to join.
        let zonder = WerkbankTestCasus.wijkcoach.replacingOccurrences(
            of: "  - naam: mediation\n    aanbieder: Mediationbureau\n    soort: mediation\n    start: voorjaar 2018\n", with: "")
        try zonder.write(toFile: casusMap + "/wijkcoach.yaml", atomically: true, encoding: .utf8)
        _ = try WerkbankSamenvoeging.importeer(ImportLezer.lees(paden: [casusMap]), in: wb, door: "t")
        weergave = try WerkbankWeergave.maak(casus: WerkbankTestCasus.id, in: wb)
        let reden = try #require(weergave.correctieStanden.first?.vervallen)
        #expect(reden.contains("interventie-mediation-2018"))
        #expect(weergave.tekst.components(separatedBy: "VERVALLEN").count == 2)
        #expect(!weergave.meldingen.contains { $0.bericht == reden })
    }

    @Test func eenOnmogelijkeKoppelingDruktNooitSuccesAf() throws {
        let map = TijdelijkeMap()
        let (wb, _) = try WerkbankTestCasus.geimporteerd(in: map)
        let omgeving = ["CASUS_WERKBANK": wb.plek]
        let u = try WerkbankProces.voer(["koppel", WerkbankTestCasus.id, "G1", "I1"], omgeving: omgeving)
        #expect(u.code == 1)
        #expect(u.uit.isEmpty)
        #expect(u.fout.contains("deze correctie kan niet: G1 is een gebeurtenis, I1 is een interventie"))
        let goed = try WerkbankProces.voer(["koppel", WerkbankTestCasus.id, "i1", "I2"], omgeving: omgeving)
        #expect(goed.code == 0)
        #expect(goed.uit.contains("I1 en I2 zijn nu één item (I1); getoond: "))
        let lijst = try WerkbankProces.voer(["correcties", WerkbankTestCasus.id], omgeving: omgeving)
        #expect(lijst.code == 0)
        #expect(lijst.uit.hasPrefix("#1 koppel interventie-mediation-2018 + interventie-kies-2019"))
        #expect(lijst.uit.contains("— toegepast"))
    }

    @Test func kiesWordtEerstGeprobeerd() throws {
        let map = TijdelijkeMap()
        let (wb, _) = try WerkbankTestCasus.geimporteerd(in: map)
        // Both sources give KIES the same start: nothing to choose.
        #expect(throws: WerkbankFout.self) {
            try SessieBewerking.kies(casus: WerkbankTestCasus.id,
                                     Keuze(item: "I2", veld: "start", bron: "wijkcoach-wijkteam-oost"), door: "t", in: wb)
        }
        #expect(try wb.sessie(casus: WerkbankTestCasus.id).kies.isEmpty)
    }

    @Test(arguments: ["dogma's", "Dogma's", "dogma’s", "DOGMAS", "dogmas"])
    func themaZoalsMensenHetSchrijven(_ tekst: String) {
        #expect(Thema.gelezen(tekst) == .dogmas)
    }

    @Test func themaMetSpatiesEnHoofdletters() {
        #expect(Thema.gelezen("familie en vrienden") == .familieEnVrienden)
        #expect(Thema.gelezen("Familie-en-Vrienden") == .familieEnVrienden)
        #expect(Thema.gelezen("Kinderen") == .kinderen)
        #expect(Thema.gelezen("kinderenn") == nil)
    }

    @Test func themaInSessieYaml() {
        let yaml = """
            sessie: sessie/1
            casus: c
            annotaties:
              - item: x
                soort: smiley
                door: Anna
                thema: Dogma's
              - item: y
                soort: sadney
                door: Bert
                thema: familie en vrienden
            """
        let (sessie, meldingen) = Intake.leesSessie(tekst: yaml, pad: "sessie.yaml")
        #expect(meldingen.isEmpty, "\(meldingen)")
        #expect(sessie?.annotaties.map(\.thema) == [.dogmas, .familieEnVrienden])
    }
}
