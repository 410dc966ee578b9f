import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct Koppel: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Correctie: deze items zijn één en hetzelfde (de samenvoeging zag dat niet).")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Argument(help: "Twee of meer item-ids of stickercodes (G12).")
    var items: [String]

    @Option(help: "Waarom.")
    var toelichting: String?

    @Option(help: "Wie corrigeert (voor het logboek); anders de ingelogde gebruiker.")
    var door: String?

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        let uitkomst = try Werkbankfout.meld {
            try SessieBewerking.koppel(casus: casus, Koppeling(items: items, toelichting: toelichting),
                                       door: WerkbankOptie.wie(door), in: wb)
        }
        print("Correctie #\(uitkomst.nummer): \(uitkomst.wat)")
    }
}
