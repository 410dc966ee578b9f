import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct Afspraak: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Leg een afspraak uit de sessie vast: wat, wie (een rol), wanneer, status.",
        discussion: """
            Wijzigen: --wijzig N (bijvoorbeeld --wijzig 3 --status gedaan); wat je niet noemt blijft.
            Verwijderen: --verwijder N. De nummers staan in `casus toon CASUS`.
            """)

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Argument(help: "Wat er is afgesproken.")
    var tekst: String?

    @Option(help: "Wie het doet: een rol, nooit een naam.")
    var wie: String?

    @Option(help: "Wanneer, als datum zoals in de formats (april 2024, Q2 2024, …).")
    var wanneer: String?

    @Option(name: .customLong("item"), help: "Een item waar de afspraak over gaat (herhaalbaar).")
    var items: [String] = []

    @Option(help: "open of gedaan.")
    var status: String?

    @Option(help: "Wijzig afspraak N.")
    var wijzig: Int64?

    @Option(help: "Verwijder afspraak N.")
    var verwijder: Int64?

    @Option(help: "Wie (voor het logboek); anders de ingelogde gebruiker.")
    var door: String?

    @OptionGroup var werkbank: WerkbankOptie

    func validate() throws {
        if wijzig != nil && verwijder != nil { throw ValidationError("--wijzig en --verwijder gaan niet samen") }
        if wijzig == nil && verwijder == nil && tekst == nil { throw ValidationError("argument tekst ontbreekt") }
    }

    func run() throws {
        let wb = try werkbank.open()
        let wie = WerkbankOptie.wie(door)
        try Werkbankfout.meld {
            if let verwijder {
                try wb.verwijderAfspraak(casus: casus, nummer: verwijder, door: wie)
                print("Afspraak #\(verwijder) verwijderd")
                return
            }
            let datum = try wanneer.map { t throws(WerkbankFout) in try SessieBewerking.wanneer(t, bij: " bij --wanneer") }
            let status = try status.map { t throws(WerkbankFout) in try SessieBewerking.status(t) }
            if let wijzig {
                guard let oud = try wb.afspraken(casus: casus).first(where: { $0.nummer == wijzig })?.afspraak else {
                    throw WerkbankFout.ongeldig("afspraak #\(wijzig) bestaat niet in casus '\(casus)'")
                }
                let nieuw = Casus.Afspraak(wat: tekst ?? oud.wat, wie: self.wie ?? oud.wie, wanneer: datum ?? oud.wanneer,
                                           items: items.isEmpty ? oud.items : items, status: status ?? oud.status)
                try SessieBewerking.wijzigAfspraak(casus: casus, nummer: wijzig, nieuw, door: wie, in: wb)
                print("Afspraak #\(wijzig) gewijzigd")
                return
            }
            let afspraak = Casus.Afspraak(wat: tekst ?? "", wie: self.wie, wanneer: datum, items: items, status: status)
            let nummer = try SessieBewerking.legAfspraakVast(casus: casus, afspraak, door: wie, in: wb)
            print("Afspraak #\(nummer) vastgelegd")
        }
    }
}
