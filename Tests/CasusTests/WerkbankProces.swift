import Foundation
import Testing

/// Runs the built `casus` binary as a separate process, as a facilitator would.
/// The binary sits next to the test bundle (`make test` runs `swift build` first).
enum WerkbankProces {
    static let casus: String = {
        let bundelMap = URL(fileURLWithPath: Bundle.main.bundlePath)
        let kandidaten = [
            bundelMap.appendingPathComponent("casus").path,
            bundelMap.deletingLastPathComponent().appendingPathComponent("casus").path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/casus").path,
        ]
        return kandidaten.first { FileManager.default.isExecutableFile(atPath: $0) } ?? kandidaten[0]
    }()

    static var bestaat: Bool { FileManager.default.isExecutableFile(atPath: casus) }

    struct Uitkomst {
        var code: Int32
        var uit: String
        var fout: String
    }

    static func start(_ argumenten: [String], omgeving: [String: String] = [:]) throws -> Process {
        let proces = Process()
        proces.executableURL = URL(fileURLWithPath: casus)
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
