import ArgumentParser
import Casus
import Opdrachtregel

struct VerwijderAnnotatie: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verwijder-annotatie",
        abstract: "Verwijder een annotatie (het logboek bewaart wat er stond).")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Argument(help: "Het nummer van de annotatie (zie `casus annotaties CASUS`).")
    var nummer: Int64

    @Option(help: "Wie verwijdert (voor het logboek); anders de ingelogde gebruiker.")
    var door: String?

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        let oud = try Werkbankfout.meld {
            try wb.verwijderAnnotatie(casus: casus, nummer: nummer, door: WerkbankOptie.wie(door))
        }
        print("Annotatie #\(nummer) verwijderd (\(oud.soort.rawValue) op \(oud.item) door \(oud.door))")
    }
}
