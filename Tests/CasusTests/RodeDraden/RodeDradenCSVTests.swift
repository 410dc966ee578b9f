import Foundation
import Testing
@testable import Casus

/// `--csv`: what Dutch Excel and LibreOffice open without a wizard.
@Suite struct RodeDradenCSVTests {
    func analyse(_ casus: String, sessie: Sessie?) -> Analyse {
        Analyse(tijdlijn: Tijdlijn(casus: casus), sessie: sessie)
    }

    @Test func bomPuntkommaEnVeiligeVelden() throws {
        var s = Sessie(casus: "a", afspraken: [Afspraak(wat: "=HYPERLINK(\"x\"); bel; \"school\"", wie: "wijkcoach")])
        s.visie = [VisieOordeel(principe: 2, oordeel: .niet)]
        let r = RodeDraden.bereken([analyse("a", sessie: s), analyse("b", sessie: nil)])
        let bestanden = Dictionary(uniqueKeysWithValues: RodeDradenCSV.bestanden(r).map { ($0.naam, $0.inhoud) })
        #expect(bestanden.keys.sorted() == ["afspraken.csv", "annotaties-per-kader.csv", "annotaties-per-soort.csv",
                                            "annotaties-per-thema.csv", "patronen.csv", "principes.csv"])
        let afspraken = try #require(bestanden["afspraken.csv"])
        #expect(Array(afspraken.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let tekst = String(decoding: afspraken.dropFirst(3), as: UTF8.self)
        #expect(tekst.hasPrefix("casus;wat;wie;wanneer;status\r\n"))
        #expect(tekst.contains("a;\"'=HYPERLINK(\"\"x\"\"); bel; \"\"school\"\"\";wijkcoach;;open\r\n"))
        let principes = String(decoding: try #require(bestanden["principes.csv"]).dropFirst(3), as: UTF8.self)
        #expect(principes.contains("2;twee gezinnen, twee plannen;niet;\r\n"))
    }

    @Test func namenUitDeSessieBlijvenWeg() throws {
        var s = Sessie(casus: "a", afspraken: [Afspraak(wat: "Fatima belt Annemiek na de zitting")],
                       facilitator: "Annemiek", deelnemers: [Deelnemer(id: "p1", rol: "wijkcoach", naam: "Fatima")])
        s.visie = []
        let r = RodeDraden.bereken([analyse("a", sessie: s)])
        let alles = RodeDradenCSV.bestanden(r).map { String(decoding: $0.inhoud, as: UTF8.self) }.joined()
            + String(decoding: r.json(), as: UTF8.self)
        #expect(!alles.contains("Fatima"))
        #expect(!alles.contains("Annemiek"))
    }
}
