import ArgumentParser
import Casus
import Opdrachtregel

struct VerwijderCorrectie: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verwijder-correctie",
        abstract: "Neem een koppel- of ontkoppelcorrectie terug (het logboek bewaart wat er stond).")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Argument(help: "Het nummer van de correctie (zie `casus toon CASUS`).")
    var nummer: Int64

    @Option(help: "Wie (voor het logboek); anders de ingelogde gebruiker.")
    var door: String?

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        try Werkbankfout.meld { try wb.verwijderCorrectie(casus: casus, nummer: nummer, door: WerkbankOptie.wie(door)) }
        print("Correctie #\(nummer) teruggenomen")
    }
}
