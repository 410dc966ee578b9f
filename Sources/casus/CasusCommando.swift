import ArgumentParser
import Casus
import CasusXLSX
import Foundation
import Opdrachtregel

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
            StatistiekCommando.self,
            Analyseer.self,
            Render.self,
            WerkbankCommando.self,
            Importeer.self,
            Lijst.self,
            Toon.self,
            Annoteer.self,
            Annotaties.self,
            CorrectiesCommando.self,
            VerwijderAnnotatie.self,
            Koppel.self,
            Ontkoppel.self,
            VerwijderCorrectie.self,
            DeelnemerCommando.self,
            GezinslidCommando.self,
            KiesCommando.self,
            VisieCommando.self,
            PrincipesCommando.self,
            Afspraak.self,
            EvaluatieCommando.self,
            VerslagCommando.self,
            Exporteer.self,
            Backup.self,
            Logboek.self,
            Versies.self,
            RodeDradenCommando.self,
            GenereerCommando.self,
            SessieCommando.self,
            Sjabloon.self,
            Converteer.self,
        ]
    )
}

@main
enum Hoofd {
    static func main() async {
        Werkboeken.registreer(XLSXCodec())
        await Hoofdprogramma.startAsync(CasusCommando.self)
    }
}
