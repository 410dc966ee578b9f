import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct GezinslidCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gezinslid",
        abstract: "Stap 2: vul een gezinslid aan met wat de groep over hem of haar weet.",
        discussion: """
            Eén aanvulling per gezinslid en --door: opnieuw met dezelfde --door wijzigt de velden die je noemt.
            Verwijderen: GEZINSLID-ID --door D --verwijder.
            """)

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Argument(help: "Het id van het gezinslid (zie `casus toon CASUS`).")
    var gezinslid: String

    @Option(help: "Wie dit inbrengt: een deelnemer-id of een rol.")
    var door: String

    @Option(help: "De eigenheid, de natuur van deze persoon.")
    var eigenheid: String?

    @Option(help: "Waar hij of zij blij van wordt.")
    var blijVan: String?

    @Option(help: "Het mechanisme om met lastige situaties om te gaan.")
    var mechanisme: String?

    @Flag(help: "Verwijder de aanvulling van --door op dit gezinslid.")
    var verwijder = false

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        let wie = WerkbankOptie.wie(nil)
        if verwijder {
            try Werkbankfout.meld { try wb.verwijderAanvulling(casus: casus, gezinslid: gezinslid, door: door, wie: wie) }
            print("Aanvulling op \(gezinslid) door \(door) verwijderd")
            return
        }
        let aanvulling = GezinslidAanvulling(id: gezinslid, eigenheid: eigenheid, blijVan: blijVan,
                                             mechanisme: mechanisme, door: door)
        let nummer = try Werkbankfout.meld {
            try SessieBewerking.vulGezinslidAan(casus: casus, aanvulling, wie: wie, in: wb)
        }
        print("Aanvulling #\(nummer) op \(gezinslid) vastgelegd")
    }
}
