import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag
import CasusProef

/// Issue 6, item 6: the workbench survives SIGKILL and concurrent facilitators.
@Suite(.serialized) struct WerkbankBetrouwbaarheidTests {
    @Test func importAfgebrokenMetSIGKILLIsHeelOfAfwezig() throws {
        try #require(WerkbankProces.bestaat, "bouw eerst `casus` met swift build")
        let map = TijdelijkeMap()
        let zaad = UInt64(Date().timeIntervalSince1970)
        let proef = KillProef(casusProgramma: WerkbankProces.casus, werkbank: map.bestand("wb.sqlite"),
                              werkmap: map.pad, formatsPerImport: 8, zaad: zaad, pauzeMs: 4)
        let verslag = try proef.voerUit(rondes: 50)
        #expect(verslag.rondes == 50)
        #expect(verslag.problemen == [], "herhaal met `casus-proef stress --keer 50 --formats 8 --pauze-ms 4 --zaad \(zaad)`")
        #expect(verslag.niets + verslag.alles == 50)
        print("SIGKILL-proef: \(verslag.binnenTransactie) van 50 midden in de transactie; \(verslag.niets) niets, \(verslag.alles) alles")
    }

    @Test func tweeProcessenAnnoterenElk500KeerEnNietsGaatVerloren() throws {
        let map = TijdelijkeMap()
        let wb = map.bestand("wb.sqlite")
        try WerkbankTestCasus.schrijf(in: map.bestand("casus"))
        #expect(try WerkbankProces.voer(["importeer", map.bestand("casus"), "--werkbank", wb]).code == 0)
        let processen = try ["Anna", "Bert"].map { naam in
            try WerkbankProces.start(["annoteer", WerkbankTestCasus.id, "interventie-kies-2019",
                                      "--door", naam, "--keer", "500", "--werkbank", wb],
                                     programma: WerkbankProces.casusProef)
        }
        let uitkomsten = processen.map(WerkbankProces.wacht)
        #expect(uitkomsten.map(\.code) == [0, 0], "\(uitkomsten.map(\.fout))")

        let werkbank = try Werkbank.open(pad: wb)
        #expect(try werkbank.integriteit() == ["ok"])
        let annotaties = try werkbank.annotaties(casus: WerkbankTestCasus.id)
        #expect(annotaties.count == 1000)
        #expect(Set(annotaties.map(\.nummer)).count == 1000)
        for naam in ["Anna", "Bert"] {
            let eigen = Set(annotaties.filter { $0.annotatie.door == naam }.compactMap(\.annotatie.toelichting))
            #expect(eigen == Set((0..<500).map { "\(naam) \($0)" }))
        }
        #expect(try werkbank.logboek(casus: WerkbankTestCasus.id).filter { $0.actie == "annoteer" }.count == 1000)
    }

    @Test func gelijktijdigeAnnoteerCommandosVerliezenNiets() throws {
        let map = TijdelijkeMap()
        let wb = map.bestand("wb.sqlite")
        try WerkbankTestCasus.schrijf(in: map.bestand("casus"))
        #expect(try WerkbankProces.voer(["importeer", map.bestand("casus"), "--werkbank", wb]).code == 0)
        var processen: [Process] = []
        for n in 0..<12 {
            processen.append(try WerkbankProces.start(
                ["annoteer", WerkbankTestCasus.id, "moeder", n % 2 == 0 ? "--smiley" : "--sadney",
                 "--door", "deelnemer \(n)"], omgeving: ["CASUS_WERKBANK": wb]))
        }
        let uitkomsten = processen.map(WerkbankProces.wacht)
        #expect(uitkomsten.allSatisfy { $0.code == 0 }, "\(uitkomsten.map(\.fout))")
        let werkbank = try Werkbank.open(pad: wb)
        #expect(Set(try werkbank.annotaties(casus: WerkbankTestCasus.id).map(\.annotatie.door))
                == Set((0..<12).map { "deelnemer \($0)" }))
    }

    @Test func eenKapotteOfVreemdeWerkbankGeeftEenNederlandseFoutGeenCrash() throws {
        let map = TijdelijkeMap()
        let tekst = map.bestand("notities.txt")
        try "dit is geen database\n".write(toFile: tekst, atomically: true, encoding: .utf8)
        let vreemd = try WerkbankProces.voer(["lijst", "--werkbank", tekst])
        #expect(vreemd.code == 1)
        #expect(vreemd.fout.contains("fout: dit bestand is geen SQLite-database"))

        let wb = map.bestand("wb.sqlite")
        try WerkbankTestCasus.schrijf(in: map.bestand("casus"))
        #expect(try WerkbankProces.voer(["importeer", map.bestand("casus"), "--werkbank", wb]).code == 0)
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: wb)))
        for i in 100..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i &* 131) }
        try Data(bytes).write(to: URL(fileURLWithPath: wb))
        for argumenten in [["lijst"], ["toon", WerkbankTestCasus.id], ["importeer", map.bestand("casus")]] {
            let kapot = try WerkbankProces.voer(argumenten + ["--werkbank", wb])
            #expect(kapot.code == 1, "\(argumenten): \(kapot.fout)")
            #expect(kapot.fout.contains(": fout: "), "\(argumenten): \(kapot.fout)")
            #expect(!kapot.fout.contains("Fatal error"))
        }
    }
}
