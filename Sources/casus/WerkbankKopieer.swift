import ArgumentParser
import CasusOpslag
import Opdrachtregel

struct WerkbankKopieer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kopieer",
        abstract: "Kopieer een hele werkbank naar een nieuwe, lege werkbank: SQLite → PostgreSQL of terug.",
        discussion: """
            Alles gaat mee: elke versie van elk format, annotaties en correcties met hun nummers, \
            afspraken, sessiegegevens en het volledige logboek. Het doel moet leeg zijn; \
            een nieuw SQLite-bestand wordt aangemaakt (alleen leesbaar voor jou). \
            Voorbeeld: casus werkbank kopieer casus-werkbank.sqlite postgres://petra@regio-server/casus
            """)

    @Argument(help: "De werkbank die gekopieerd wordt (pad of postgres://…).")
    var van: String

    @Argument(help: "De nieuwe, lege werkbank (pad of postgres://…).")
    var naar: String

    func run() throws {
        let resultaat = try Werkbankfout.meld { try WerkbankKopie.kopieer(van: van, naar: naar) }
        let aantallen = resultaat.1.map { "\($0.tabel) \($0.rijen)" }.joined(separator: ", ")
        print("Werkbank gekopieerd naar \(resultaat.0): \(aantallen).")
    }
}
