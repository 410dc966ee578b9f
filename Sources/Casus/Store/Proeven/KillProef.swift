import Foundation
import GRDB

/// The reliability check of issue 6: start `casus importeer` on a casus of
/// many formats, kill it with SIGKILL at a random moment, then demand that the
/// workbench opens, passes `PRAGMA integrity_check`, and holds that import
/// entirely or not at all (formats and their log lines alike).
public struct KillProef {
    public struct Verslag: Sendable {
        public var rondes = 0
        /// Killed before the transaction committed: nothing of the import is there.
        public var niets = 0
        /// Killed after the commit, or finished first: all of it is there.
        public var alles = 0
        public var problemen: [String] = []
    }

    public var casusProgramma: String
    public var werkbank: String
    public var werkmap: String
    public var formatsPerImport: Int
    public var zaad: UInt64

    public init(casusProgramma: String, werkbank: String, werkmap: String, formatsPerImport: Int, zaad: UInt64) {
        self.casusProgramma = casusProgramma
        self.werkbank = werkbank
        self.werkmap = werkmap
        self.formatsPerImport = formatsPerImport
        self.zaad = zaad
    }

    /// `rondes` kills, each at a delay drawn uniformly from 0 to 1.2 × the
    /// time a whole import takes here (measured first), so kills land before,
    /// during and after the transaction.
    public func voerUit(rondes: Int) throws -> Verslag {
        var rng = SplitMix(zaad)
        _ = try Werkbank.open(pad: werkbank, maakAan: true)
        let begin = Date()
        let ijking = try start(casus: "ijking")
        ijking.waitUntilExit()
        let status = ijking.terminationStatus
        let duur = Date().timeIntervalSince(begin)
        var verslag = Verslag()
        if status != 0 { verslag.problemen.append("de ijkingsimport eindigde met code \(status)") }

        for ronde in 0..<rondes {
            let casus = "kill-\(ronde)"
            let proces = try start(casus: casus)
            let vertraging = duur * 1.2 * Double(rng.volgende() % 10_000) / 10_000
            usleep(UInt32(vertraging * 1_000_000))
            kill(proces.processIdentifier, SIGKILL)
            proces.waitUntilExit()
            verslag.rondes += 1
            switch try controleer(casus: casus) {
            case .niets: verslag.niets += 1
            case .alles: verslag.alles += 1
            case .half(let wat): verslag.problemen.append("ronde \(ronde): \(wat)")
            }
        }
        return verslag
    }

    enum Uitkomst { case niets, alles, half(String) }

    func controleer(casus: String) throws -> Uitkomst {
        let wb = try Werkbank.open(pad: werkbank)
        let integriteit = try wb.integriteit()
        guard integriteit == ["ok"] else { return .half("integrity_check: \(integriteit.joined(separator: "; "))") }
        let (versies, logregels, bronnen) = try wb.lees { db in
            (try Int.fetchOne(db, sql: """
                SELECT count(*) FROM format_versie v JOIN bron b ON v.bron = b.id WHERE b.casus = ?
                """, arguments: [casus]) ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM logboek WHERE casus = ? AND actie = 'importeer'",
                              arguments: [casus]) ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM bron WHERE casus = ?", arguments: [casus]) ?? -1)
        }
        if versies == 0 && logregels == 0 && bronnen == 0 { return .niets }
        if versies == formatsPerImport && logregels == formatsPerImport && bronnen == formatsPerImport { return .alles }
        return .half("\(versies) versies, \(bronnen) bronnen, \(logregels) logregels van \(formatsPerImport)")
    }

    func start(casus: String) throws -> Process {
        let map = (werkmap as NSString).appendingPathComponent(casus)
        try SynthetischeCasus.schrijf(casus: casus, aantal: formatsPerImport, naar: map, zaad: zaad)
        let proces = Process()
        proces.executableURL = URL(fileURLWithPath: casusProgramma)
        proces.arguments = ["importeer", map, "--werkbank", werkbank, "--door", "killproef"]
        proces.standardOutput = FileHandle.nullDevice
        proces.standardError = FileHandle.nullDevice
        try proces.run()
        return proces
    }
}
