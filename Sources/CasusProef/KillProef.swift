import Foundation
import Casus
import CasusOpslag

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
        /// Kills that landed between the transaction's start and its commit.
        public var binnenTransactie = 0
        public var problemen: [String] = []
    }

    public var casusProgramma: String
    public var werkbank: String
    public var werkmap: String
    public var formatsPerImport: Int
    public var zaad: UInt64
    /// Pause after each format inside the import's transaction (ProefHaak).
    public var pauzeMs: Int

    public init(casusProgramma: String, werkbank: String, werkmap: String, formatsPerImport: Int, zaad: UInt64,
                pauzeMs: Int = 5) {
        self.pauzeMs = pauzeMs
        self.casusProgramma = casusProgramma
        self.werkbank = werkbank
        self.werkmap = werkmap
        self.formatsPerImport = formatsPerImport
        self.zaad = zaad
    }

    /// `rondes` kills. One in three at a delay drawn uniformly from 0 to 1.2 ×
    /// the time a whole import takes here (measured first); the others at a
    /// random moment after the child reports its transaction began, so most
    /// of those land inside the transaction, some just after the commit.
    public func voerUit(rondes: Int) throws -> Verslag {
        var rng = SplitMix64(zaad: zaad)
        try FileManager.default.createDirectory(atPath: werkmap, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        _ = try Werkbanken.open(werkbank, maakAan: true)
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
            let uitvoer = (proces.standardError as? Pipe)?.fileHandleForReading
            var gezien = Data()
            if ronde % 3 == 0 {
                // Anywhere from start-up to the end: reading, checking, opening, committing.
                usleep(UInt32(duur * 1.2 * Double(rng.next() % 10_000) / 10_000 * 1_000_000))
            } else {
                // Inside the transaction: wait for its start, then up to its expected length.
                while let stuk = uitvoer?.availableData, !stuk.isEmpty {
                    gezien.append(stuk)
                    if String(decoding: gezien, as: UTF8.self).contains("transactie-begin") { break }
                }
                let venster = Double(formatsPerImport * pauzeMs) * 1.2 / 1000
                usleep(UInt32(venster * Double(rng.next() % 10_000) / 10_000 * 1_000_000))
            }
            kill(proces.processIdentifier, SIGKILL)
            proces.waitUntilExit()
            gezien.append(uitvoer?.readDataToEndOfFile() ?? Data())
            let stderr = String(decoding: gezien, as: UTF8.self)
            if stderr.contains("transactie-begin") && !stderr.contains("transactie-klaar") {
                verslag.binnenTransactie += 1
            }
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
        let wb = try Werkbanken.open(werkbank)
        let integriteit = try wb.integriteit()
        guard integriteit == ["ok"] else { return .half("integrity_check: \(integriteit.joined(separator: "; "))") }
        let (versies, logregels, bronnen) = try wb.importTelling(casus: casus)
        if versies == 0 && logregels == 0 && bronnen == 0 { return .niets }
        if versies == formatsPerImport && logregels == formatsPerImport && bronnen == formatsPerImport { return .alles }
        return .half("\(versies) versies, \(bronnen) bronnen, \(logregels) logregels van \(formatsPerImport)")
    }

    func start(casus: String) throws -> Process {
        let map = (werkmap as NSString).appendingPathComponent(casus)
        try SynthetischeFormats.schrijf(casus: casus, aantal: formatsPerImport, naar: map, zaad: zaad)
        let proces = Process()
        proces.executableURL = URL(fileURLWithPath: casusProgramma)
        proces.arguments = ["importeer", map, "--werkbank", werkbank, "--door", "killproef"]
        proces.standardOutput = FileHandle.nullDevice
        proces.standardError = Pipe()
        var omgeving = ProcessInfo.processInfo.environment
        omgeving["CASUS_PROEF_VERTRAGING_MS"] = String(pauzeMs)
        proces.environment = omgeving
        try proces.run()
        return proces
    }
}
