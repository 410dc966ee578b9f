import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct EvaluatieCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluatie",
        abstract: "De afsluitende ronde: wat een deelnemer van de sessie vond.",
        discussion: """
            Wijzigen: --wijzig N met --door en de nieuwe tekst. Verwijderen: --verwijder N.
            De nummers staan in `casus toon CASUS`.
            """)

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Argument(help: "Wat de deelnemer zei.")
    var tekst: String?

    @Option(help: "Wie: een deelnemer-id of een rol.")
    var door: String?

    @Option(help: "Wijzig evaluatie N.")
    var wijzig: Int64?

    @Option(help: "Verwijder evaluatie N.")
    var verwijder: Int64?

    @OptionGroup var werkbank: WerkbankOptie

    func validate() throws {
        guard verwijder == nil else { return }
        if door == nil { throw ValidationError("waarde ontbreekt bij --door") }
        if tekst == nil { throw ValidationError("argument tekst ontbreekt") }
    }

    func run() throws {
        let wb = try werkbank.open()
        let wie = WerkbankOptie.wie(nil)
        try Werkbankfout.meld {
            if let verwijder {
                try wb.verwijderEvaluatie(casus: casus, nummer: verwijder, wie: wie)
                print("Evaluatie #\(verwijder) verwijderd")
                return
            }
            let evaluatie = Evaluatie(door: door ?? "", tekst: tekst ?? "")
            if let wijzig {
                try wb.wijzigEvaluatie(casus: casus, nummer: wijzig, evaluatie, wie: wie)
                print("Evaluatie #\(wijzig) gewijzigd")
            } else {
                print("Evaluatie #\(try wb.voegEvaluatieToe(casus: casus, evaluatie, wie: wie)) vastgelegd")
            }
        }
    }
}
