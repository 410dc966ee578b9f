import Foundation
import Testing

/// Issue 19: long jobs show one updating line on stderr in a terminal, nothing
/// in a pipe or log, and nothing with --stil. The terminal is a real
/// pseudo-terminal from `script`.
@Suite struct VoortgangTests {
    /// Runs `casus` under a pseudo-terminal and returns all it wrote there.
    func inTerminal(_ argumenten: [String]) throws -> String {
        let opdracht = ([WerkbankProces.casus] + argumenten).map { "'\($0)'" }.joined(separator: " ")
        let proces = Process()
        proces.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        proces.arguments = ["-qec", opdracht, "/dev/null"]
        let uit = Pipe()
        proces.standardOutput = uit
        proces.standardError = Pipe()
        try proces.run()
        let data = uit.fileHandleForReading.readDataToEndOfFile()
        proces.waitUntilExit()
        #expect(proces.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func inEenTerminalEenRegelDieBijwerkt() throws {
        let map = TijdelijkeMap()
        let scherm = try inTerminal(["genereer", "--aantal", "3", "--uit", map.bestand("oefen")])
        #expect(scherm.contains("\r\u{1B}[Kcasussen maken: 3 van 3 (100%)"))
        let mappen = try FileManager.default.contentsOfDirectory(atPath: map.bestand("oefen")).sorted()
            .map { map.bestand("oefen") + "/" + $0 }
        let rodeDraden = try inTerminal(["rode-draden"] + mappen)
        #expect(rodeDraden.contains("casussen analyseren: 3 van 3 (100%)"))
        let controle = try inTerminal(["controleer", map.bestand("oefen")])
        #expect(controle.contains("casusmappen controleren: 3 van 3 (100%)"))
    }

    @Test func stilZwijgt() throws {
        let map = TijdelijkeMap()
        let scherm = try inTerminal(["genereer", "--aantal", "3", "--uit", map.bestand("oefen"), "--stil"])
        #expect(!scherm.contains("casussen maken"))
        #expect(scherm.contains("3 casussen geschreven"))
    }

    @Test func inEenPijpNiets() throws {
        let map = TijdelijkeMap()
        let r = try WerkbankProces.voer(["genereer", "--aantal", "3", "--uit", map.bestand("oefen")])
        #expect(r.code == 0)
        #expect(!r.fout.contains("van 3"))
        #expect(!r.fout.contains("\r"))
        let i = try WerkbankProces.voer(["importeer", map.bestand("oefen")],
                                        omgeving: ["CASUS_WERKBANK": map.bestand("wb.sqlite")])
        #expect(i.code == 0)
        #expect(!i.fout.contains("\r"))
    }
}
