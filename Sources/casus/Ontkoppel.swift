import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct Ontkoppel: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Correctie: haal de bijdrage van één bron uit een samengevoegd item.")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Argument(help: "Het item-id of de stickercode (G12).")
    var item: String

    @Option(help: "De bron (id, zie `casus toon CASUS`) waarvan de bijdrage een eigen item wordt.")
    var bron: String

    @Option(help: "Waarom.")
    var toelichting: String?

    @Option(help: "Wie corrigeert (voor het logboek); anders de ingelogde gebruiker.")
    var door: String?

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        let uitkomst = try Werkbankfout.meld {
            try SessieBewerking.ontkoppel(casus: casus, Ontkoppeling(item: item, bron: bron, toelichting: toelichting),
                                          door: WerkbankOptie.wie(door), in: wb)
        }
        print("Correctie #\(uitkomst.nummer): \(uitkomst.wat)")
    }
}
