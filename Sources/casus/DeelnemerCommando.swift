import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct DeelnemerCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deelnemer",
        abstract: "Stap 1: leg een deelnemer vast, met rol, organisatie en check-in.",
        discussion: """
            Wijzigen: geef een --id dat al bestaat; de opties die je noemt vervangen de oude waarden.
            Verwijderen: --id ID --verwijder. De naam komt nooit in een gepseudonimiseerde uitvoer.
            """)

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Option(help: "Korte sleutel van de deelnemer (bijvoorbeeld p1); --door elders mag hem gebruiken.")
    var id: String

    @Option(help: "De rol (wijkcoach, jeugdbeschermer, …); verplicht voor een nieuwe deelnemer.")
    var rol: String?

    @Option(help: "De organisatie.")
    var organisatie: String?

    @Option(help: "De naam (alleen met --met-namen zichtbaar).")
    var naam: String?

    @Option(help: "Hoe het is om mee te doen, in eigen woorden.")
    var checkIn: String?

    @Flag(help: "Verwijder de deelnemer met dit --id.")
    var verwijder = false

    @Option(help: "Wie dit vastlegt (voor het logboek); anders de ingelogde gebruiker.")
    var door: String?

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        let wie = WerkbankOptie.wie(door)
        if verwijder {
            try Werkbankfout.meld { try wb.verwijderDeelnemer(casus: casus, id: id, door: wie) }
            print("Deelnemer \(id) verwijderd")
            return
        }
        let nieuw = try Werkbankfout.meld { () throws -> Bool in
            let oud = try wb.sessie(casus: casus).deelnemers.first { $0.id == id }
            guard let rol = rol ?? oud?.rol else {
                throw WerkbankFout.ongeldig("deelnemer '\(id)' is nieuw en vraagt een rol (--rol)")
            }
            let deelnemer = Deelnemer(id: id, rol: rol, organisatie: organisatie ?? oud?.organisatie,
                                      naam: naam ?? oud?.naam, checkIn: checkIn ?? oud?.checkIn)
            return try wb.zetDeelnemer(casus: casus, deelnemer, door: wie)
        }
        print(nieuw ? "Deelnemer \(id) vastgelegd" : "Deelnemer \(id) bijgewerkt")
    }
}
