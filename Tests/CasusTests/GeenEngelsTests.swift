import Foundation
import Testing

/// Issue 12, deliver 7: no English reaches a user. Every command (and subcommand)
/// is run with --help, without arguments, with an unknown option and with three
/// arguments too many; stdout and stderr are searched for English words.
@Suite(.serialized) struct GeenEngelsTests {
    /// Words that are English and not Dutch (so "is", "in", "of", "help" are not here).
    static let engels: Set<String> = [
        "the", "invalid", "unexpected", "missing", "error", "default", "value", "expected", "usage",
        "options", "option", "show", "already", "exists", "found", "with", "for", "and", "not", "cannot",
        "file", "such", "directory", "attempt", "readonly", "write", "read", "permission", "denied",
        "unknown", "subcommand", "arguments", "must", "should", "please", "try", "see", "are", "has",
    ]

    static func engelseWoorden(_ tekst: String) -> [String] {
        tekst.lowercased().split { !$0.isLetter }.map(String.init).filter { engels.contains($0) }
    }

    /// The commands `casus --help` lists, and those of a command with subcommands.
    static func commandos(_ pad: [String] = []) throws -> [[String]] {
        let hulp = try WerkbankProces.voer(pad + ["--help"]).uit
        guard let begin = hulp.range(of: "COMMANDO'S:") else { return [] }
        var uit: [[String]] = []
        for regel in hulp[begin.upperBound...].split(separator: "\n") {
            // A command starts after exactly two spaces; wrapped descriptions are indented further.
            guard regel.hasPrefix("  "), !regel.hasPrefix("   "), let naam = regel.split(separator: " ").first,
                  naam.allSatisfy({ $0.isLetter || $0 == "-" }), naam != "help" else { continue }
            let commando = pad + [String(naam)]
            let onder = pad.isEmpty ? try commandos(commando) : []
            uit += onder.isEmpty ? [commando] : onder
        }
        return uit
    }

    @Test func geenEngelsInHulpEnFoutmeldingen() throws {
        let alle = try Self.commandos()
        #expect(alle.count > 20, "\(alle)")
        var gevonden: [String] = []
        for commando in alle {
            for extra in [["--help"], [], ["--onzin"], ["een", "twee", "drie", "vier", "vijf"]] {
                let u = try WerkbankProces.voer(commando + extra, omgeving: ["CASUS_WERKBANK": "/bestaat/niet.sqlite"])
                let woorden = Self.engelseWoorden(u.uit + u.fout)
                if !woorden.isEmpty { gevonden.append("\((commando + extra).joined(separator: " ")): \(woorden) in \(u.fout)\(u.uit)") }
            }
        }
        #expect(gevonden.isEmpty, "\(gevonden.joined(separator: "\n"))")
    }

    @Test func deWoordenlijstVindtEngels() {
        #expect(Self.engelseWoorden("Error: 3 unexpected arguments (default: 40.0)") == ["error", "unexpected", "arguments", "default"])
        #expect(Self.engelseWoorden("fout: het bestand is niet leesbaar; zie de hulp").isEmpty)
    }
}
