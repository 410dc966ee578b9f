import ArgumentParser
import Casus
import Opdrachtregel

struct Afspraak: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Leg een afspraak uit de sessie vast.")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Argument(help: "De afspraak, als tekst.")
    var tekst: String

    @Option(help: "Wie (voor het logboek); anders de ingelogde gebruiker.")
    var door: String?

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        let nummer = try Werkbankfout.meld { try wb.legAfspraakVast(casus: casus, tekst, door: WerkbankOptie.wie(door)) }
        print("Afspraak #\(nummer) vastgelegd")
    }
}
