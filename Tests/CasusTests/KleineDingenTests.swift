import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag

/// Issue 12, deliver 6 and 7: one behaviour for the small things, through the binary.
@Suite(.serialized) struct KleineDingenTests {
    @Test func genereerKentEenGrens() throws {
        let u = try WerkbankProces.voer(["genereer", "--aantal", "100000000000", "--uit", IntakeHulp.tijdelijkeMap() + "/x"])
        #expect(u.code == 2)
        #expect(u.fout.contains("--aantal is hooguit 10000"), "\(u.fout)")
    }

    @Test func importeerVanEenOntbrekendPadIsExit2() throws {
        let u = try WerkbankProces.voer(["importeer", "/bestaat/niet", "--werkbank", IntakeHulp.tijdelijkeMap() + "/wb.sqlite"])
        #expect(u.code == 2)
        #expect(u.fout.contains("/bestaat/niet:1:1: fout: bestand of map bestaat niet"))
    }

    /// A folder in the working directory named like the casus id must not win over --werkbank.
    @Test func deGenoemdeWerkbankWintVanEenMapMetDezelfdeNaam() throws {
        let map = TijdelijkeMap()
        let wb = try WerkbankSchadeTests.werkbank(in: map)
        let nep = map.bestand(WerkbankTestCasus.id)
        try FileManager.default.createDirectory(atPath: nep, withIntermediateDirectories: true)
        try IntakeHulp.format(casus: WerkbankTestCasus.id, "gebeurtenissen:\n  - datum: 2001\n    wat: Alleen in de map\n")
            .write(toFile: nep + "/ander.yaml", atomically: true, encoding: .utf8)
        let proces = Process()
        proces.executableURL = URL(fileURLWithPath: WerkbankProces.casus)
        proces.arguments = ["tijdlijn", WerkbankTestCasus.id, "--werkbank", wb]
        proces.currentDirectoryURL = URL(fileURLWithPath: map.pad)
        proces.standardOutput = Pipe()
        proces.standardError = Pipe()
        try proces.run()
        let u = WerkbankProces.wacht(proces)
        #expect(u.code == 0, "\(u.fout)")
        #expect(u.uit.contains("KIES"))
        #expect(!u.uit.contains("Alleen in de map"))
    }
}
