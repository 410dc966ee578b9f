import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct KiesCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kies",
        abstract: "Stap 3: kies welke waarde de muur toont voor een veld met meerdere waarden.",
        discussion: """
            Eén keuze per item en veld: opnieuw kiezen wijzigt de keuze. Verwijderen: ITEM --veld VELD --verwijder
            (dan geldt weer de regel van de samenvoeging).
            """)

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Argument(help: "Het item-id (zie `casus toon CASUS`).")
    var item: String

    @Option(help: "Het veld, bijvoorbeeld wat of datum.")
    var veld: String

    @Option(help: "Toon de waarde van deze bron (een bron-id).")
    var bron: String?

    @Option(help: "Toon deze eigen tekst (een datum zoals in de formats bij een datumveld).")
    var tekst: String?

    @Flag(help: "Verwijder de keuze voor dit item en veld.")
    var verwijder = false

    @Option(help: "Wie kiest (voor het logboek); anders de ingelogde gebruiker.")
    var door: String?

    @OptionGroup var werkbank: WerkbankOptie

    func validate() throws {
        guard !verwijder else { return }
        if (bron == nil) == (tekst == nil) { throw ValidationError("geef --bron óf --tekst") }
    }

    func run() throws {
        let wb = try werkbank.open()
        let wie = WerkbankOptie.wie(door)
        if verwijder {
            try Werkbankfout.meld { try wb.verwijderKeuze(casus: casus, item: item, veld: veld, door: wie) }
            print("Keuze voor \(veld) van \(item) verwijderd")
            return
        }
        let oud = try Werkbankfout.meld {
            try SessieBewerking.kies(casus: casus, Keuze(item: item, veld: veld, bron: bron, tekst: tekst),
                                     door: wie, in: wb)
        }
        let waarde = bron.map { "de waarde van bron \($0)" } ?? "\"\(tekst ?? "")\""
        print("\(veld) van \(item): de muur toont \(waarde)" + (oud == nil ? "" : " (keuze gewijzigd)"))
        if let getoond = try? SessieBewerking.beschrijf(casus: casus, item: item, in: wb) { print(getoond) }
    }
}
