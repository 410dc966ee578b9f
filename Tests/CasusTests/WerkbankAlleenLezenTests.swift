import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A read-only workbench (file 0444, or also its folder 0555): reading commands
/// work, writing commands refuse in Dutch. As root permissions do not bind, so
/// there the binary runs as user `nobody` (setpriv), like a colleague without rights.
@Suite(.serialized) struct WerkbankAlleenLezenTests {
    static func voerZonderRechten(_ argumenten: [String]) throws -> WerkbankProces.Uitkomst {
        guard getuid() == 0 else { return try WerkbankProces.voer(argumenten) }
        try #require(WerkbankProces.bestaat)
        let proces = try WerkbankProces.start(
            ["--reuid=65534", "--regid=65534", "--clear-groups", WerkbankProces.casus] + argumenten,
            programma: "/usr/bin/setpriv")
        return WerkbankProces.wacht(proces)
    }

    static let lezers: [[String]] = [
        ["lijst"], ["toon", WerkbankTestCasus.id], ["annotaties", WerkbankTestCasus.id],
        ["logboek", WerkbankTestCasus.id], ["versies", WerkbankTestCasus.id], ["correcties", WerkbankTestCasus.id],
        ["tijdlijn", WerkbankTestCasus.id], ["patronen", WerkbankTestCasus.id], ["statistiek", WerkbankTestCasus.id],
        ["rode-draden", WerkbankTestCasus.id],
    ]

    @Test(arguments: [0o555, 0o777])
    func lezenWerktOpEenAlleenLezenWerkbank(mapRechten: Int) throws {
        let map = TijdelijkeMap()
        let wb = try WerkbankSchadeTests.werkbank(in: map)
        let voor = FileManager.default.contents(atPath: wb)
        #expect(chmod(wb, 0o444) == 0)
        #expect(chmod(map.pad, mode_t(mapRechten)) == 0)
        defer { _ = chmod(map.pad, 0o755) }
        for argumenten in Self.lezers {
            let u = try Self.voerZonderRechten(argumenten + ["--werkbank", wb])
            #expect(u.code == 0, "\(argumenten): \(u.fout)")
            #expect(!u.uit.isEmpty, "\(argumenten)")
        }
        #expect(FileManager.default.contents(atPath: wb) == voor)
    }

    @Test func schrijvenWeigertInHetNederlands() throws {
        let map = TijdelijkeMap()
        let wb = try WerkbankSchadeTests.werkbank(in: map)
        let voor = FileManager.default.contents(atPath: wb)
        #expect(chmod(wb, 0o444) == 0)
        #expect(chmod(map.pad, 0o555) == 0)
        defer { _ = chmod(map.pad, 0o755) }
        let u = try Self.voerZonderRechten(["annoteer", WerkbankTestCasus.id, "G1", "--smiley", "--door", "Petra",
                                            "--werkbank", wb])
        #expect(u.code == 1)
        #expect(u.fout.contains("\(wb):1:1: fout: "), "\(u.fout)")
        #expect(!u.fout.lowercased().contains("readonly") && !u.fout.contains("attempt"), "\(u.fout)")
        #expect(FileManager.default.contents(atPath: wb) == voor)
    }
}
