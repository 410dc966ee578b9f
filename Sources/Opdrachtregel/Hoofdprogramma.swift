import ArgumentParser
import Casus
import Foundation

/// The one place a command's outcome becomes an exit code and Dutch text on stderr.
public enum Hoofdprogramma {
    public static func start<Commando: ParsableCommand>(_ type: Commando.Type) -> Never {
        weigerOnzichtbareTekens()
        do {
            var commando = try Commando.parseAsRoot()
            try commando.run()
            exit(0)
        } catch {
            stop(type, error)
        }
    }

    /// For a root with commands that keep running (`casus sessie`, a server): awaits them.
    public static func startAsync<Commando: ParsableCommand>(_ type: Commando.Type) async -> Never {
        weigerOnzichtbareTekens()
        do {
            var commando = try Commando.parseAsRoot()
            if var lopend = commando as? any AsyncParsableCommand {
                try await lopend.run()
            } else {
                try commando.run()
            }
            exit(0)
        } catch {
            stop(type, error)
        }
    }

    /// Typed text ends up in the workbench and in reports: refuse what could hurt a reader later.
    private static func weigerOnzichtbareTekens() {
        for (n, argument) in CommandLine.arguments.enumerated().dropFirst() {
            guard let teken = argument.unicodeScalars.first(where: { OnveiligeTekens.soort($0) != nil }) else { continue }
            Uitvoer.fout("verkeerd gebruik: argument \(n) bevat een onzichtbaar teken (\(OnveiligeTekens.codepunt(teken)), "
                + "\(OnveiligeTekens.soort(teken) ?? "")); typ het zonder zulke tekens")
            exit(2)
        }
    }

    private static func stop<Commando: ParsableCommand>(_: Commando.Type, _ error: any Error) -> Never {
        if let stop = error as? Stop { exit(stop.code) }
        let code = Commando.exitCode(for: error)
        if code == .success {
            // --help, --version
            print(Vertaling.hulp(Commando.fullMessage(for: error)))
            exit(0)
        }
        if error is CleanExit || code == .validationFailure || error is ValidationError {
            Uitvoer.fout("verkeerd gebruik: \(Vertaling.fout(Commando.message(for: error)))")
            let naam = Commando.configuration.commandName ?? "casus"
            Uitvoer.fout("Zie `\(naam) help` of `\(naam) <commando> --help`.")
            exit(2)
        }
        Uitvoer.fout(Commando.message(for: error))
        exit(code.rawValue == 0 ? 1 : code.rawValue)
    }
}

/// Thrown by a command to end with an exit code after it printed what it had to say.
public struct Stop: Error {
    public var code: Int32
    public init(code: Int32) { self.code = code }
    public static let invoerProblemen = Stop(code: 1)
    public static let verkeerdGebruik = Stop(code: 2)
}

public enum Uitvoer {
    public static func fout(_ tekst: String) {
        FileHandle.standardError.write(Data((Terminaltekst.veilig(tekst) + "\n").utf8))
    }

    /// Every melding on stderr. With `namen` (`--pseudoniem`) the names in them go too:
    /// a file name, a quoted value or a warning about a name is as much output as stdout.
    public static func meldingen(_ meldingen: [Melding], namen: Pseudonimisering? = nil) {
        for melding in meldingen { fout((namen.map(melding.gepseudonimiseerd) ?? melding).description) }
    }

    /// JSON on stdout, with unsafe characters as JSON escapes (same document for a script).
    public static func json(_ data: Data) {
        json { $0(data) }
    }

    /// The same for a document made piece by piece (`RodeDraden.schrijfJSON`): each piece is
    /// written as it comes. The escapes go character by character, so checking every piece
    /// (whole characters each) gives the bytes of checking the whole.
    public static func json(stukken maak: ((Data) -> Void) -> Void) {
        maak { FileHandle.standardOutput.write(Terminaltekst.veilig(json: $0)) }
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
