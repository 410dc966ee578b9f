import ArgumentParser
import Casus
import CasusXLSX
import Foundation

/// The root command. Each subcommand lives in its own file and stays thin:
/// parse options, call one library function, print.
struct CasusCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casus",
        abstract: "Casus: retrospectieve casusanalyse van complexe scheidingen.",
        version: "0.1.0",
        subcommands: [
            Controleer.self,
            TijdlijnCommando.self,
            PatronenCommando.self,
            Analyseer.self,
            Render.self,
            WerkbankCommando.self,
            Importeer.self,
            Lijst.self,
            Toon.self,
            Annoteer.self,
            Annotaties.self,
            VerwijderAnnotatie.self,
            Koppel.self,
            Ontkoppel.self,
            VerwijderCorrectie.self,
            Afspraak.self,
            Exporteer.self,
            Backup.self,
            Logboek.self,
            Versies.self,
            Bench.self,
            RodeDradenCommando.self,
            GenereerCommando.self,
            Sjabloon.self,
            Converteer.self,
        ]
    )
}

@main
enum Hoofd {
    static func main() {
        Werkboeken.registreer(XLSXCodec())
        do {
            var commando = try CasusCommando.parseAsRoot()
            try commando.run()
        } catch let stop as Stop {
            exit(stop.code)
        } catch {
            let code = CasusCommando.exitCode(for: error)
            if code == .success {
                // --help, --version
                print(Vertaling.hulp(CasusCommando.fullMessage(for: error)))
                exit(0)
            }
            if error is CleanExit || code == .validationFailure || error is ValidationError {
                Uitvoer.fout("verkeerd gebruik: \(Vertaling.fout(CasusCommando.message(for: error)))")
                Uitvoer.fout("Zie `casus help` of `casus <commando> --help`.")
                exit(2)
            }
            Uitvoer.fout(CasusCommando.message(for: error))
            exit(code.rawValue == 0 ? 1 : code.rawValue)
        }
    }
}

/// Thrown by a command to end with an exit code after it printed what it had to say.
struct Stop: Error {
    var code: Int32
    static let invoerProblemen = Stop(code: 1)
    static let verkeerdGebruik = Stop(code: 2)
}

enum Uitvoer {
    static func fout(_ tekst: String) {
        FileHandle.standardError.write(Data((tekst + "\n").utf8))
    }
}
