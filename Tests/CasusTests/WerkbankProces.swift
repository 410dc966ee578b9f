import Foundation
import Testing

/// Runs the built `casus` binary as a separate process, as a facilitator would.
/// The binary sits next to the test bundle (`make test` runs `swift build` first).
enum WerkbankProces {
    static let casus = programma("casus")
    /// The developer binary (`casus-proef annoteer` for the concurrency test).
    static let casusProef = programma("casus-proef")

    static func programma(_ naam: String) -> String {
        let bundelMap = URL(fileURLWithPath: Bundle.main.bundlePath)
        let kandidaten = [
            bundelMap.appendingPathComponent(naam).path,
            bundelMap.deletingLastPathComponent().appendingPathComponent(naam).path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/\(naam)").path,
        ]
        return kandidaten.first { FileManager.default.isExecutableFile(atPath: $0) } ?? kandidaten[0]
    }

    static var bestaat: Bool { FileManager.default.isExecutableFile(atPath: casus) }

    struct Uitkomst {
        var code: Int32
        var uit: String
        var fout: String
    }

    static func start(_ argumenten: [String], programma: String = casus,
                      omgeving: [String: String] = [:]) throws -> Process {
        let proces = Process()
        proces.executableURL = URL(fileURLWithPath: programma)
        proces.arguments = argumenten
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "CASUS_WERKBANK")
        env.merge(omgeving) { _, nieuw in nieuw }
        proces.environment = env
        proces.standardOutput = Pipe()
        proces.standardError = Pipe()
        try proces.run()
        return proces
    }

    static func wacht(_ proces: Process) -> Uitkomst {
        let uit = (proces.standardOutput as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        let fout = (proces.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        proces.waitUntilExit()
        return Uitkomst(code: proces.terminationStatus, uit: String(decoding: uit, as: UTF8.self),
                        fout: String(decoding: fout, as: UTF8.self))
    }

    @discardableResult
    static func voer(_ argumenten: [String], omgeving: [String: String] = [:]) throws -> Uitkomst {
        try #require(bestaat, "het programma casus ontbreekt op \(casus); bouw eerst met `swift build` (make test doet dat)")
        return wacht(try start(argumenten, omgeving: omgeving))
    }
}
