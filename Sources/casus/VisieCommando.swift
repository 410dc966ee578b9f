import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct VisieCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visie",
        abstract: "Stap 4, visie toetsen: hoe ging het, gemeten aan één van de acht principes, en hoe had het gekund.",
        discussion: """
            Eén oordeel per principe: opnieuw voor hetzelfde principe wijzigt het (wat je niet noemt blijft).
            Verwijderen: --principe N --verwijder. De principes: `casus principes`.
            """)

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Option(help: "Het principe, 1 tot en met 8.")
    var principe: Int

    @Option(help: "wel, deels, niet of onbekend.")
    var oordeel: String?

    @Option(help: "Hoe het ging.")
    var toelichting: String?

    @Option(help: "Hoe het had kunnen gaan.")
    var hadKunnen: String?

    @Option(name: .customLong("item"), help: "Een item waar het om gaat (herhaalbaar).")
    var items: [String] = []

    @Flag(help: "Verwijder het oordeel over dit principe.")
    var verwijder = false

    @Option(help: "Wie dit vastlegt (voor het logboek); anders de ingelogde gebruiker.")
    var door: String?

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        let wie = WerkbankOptie.wie(door)
        try Werkbankfout.meld {
            guard let kort = Principe.nummer(principe)?.kort else {
                throw WerkbankFout.ongeldig("principe \(principe) bestaat niet; kies 1 tot en met 8 (zie `casus principes`)")
            }
            if verwijder {
                try wb.verwijderOordeel(casus: casus, principe: principe, door: wie)
                print("Oordeel over principe \(principe) (\(kort)) verwijderd")
                return
            }
            let oud = try wb.sessie(casus: casus).visie.first { $0.principe == principe }
            let gekozen = try oordeel.map { t throws(WerkbankFout) in try SessieBewerking.oordeel(t) } ?? oud?.oordeel
            guard let gekozen else {
                throw WerkbankFout.ongeldig("principe \(principe) heeft nog geen oordeel; geef --oordeel wel|deels|niet|onbekend")
            }
            let v = VisieOordeel(principe: principe, oordeel: gekozen, toelichting: toelichting ?? oud?.toelichting,
                                 hadKunnen: hadKunnen ?? oud?.hadKunnen, items: items.isEmpty ? oud?.items ?? [] : items)
            try SessieBewerking.zetOordeel(casus: casus, v, door: wie, in: wb)
            print("Principe \(principe) (\(kort)): \(gekozen.rawValue)" + (oud == nil ? "" : " (gewijzigd)"))
        }
    }
}

struct PrincipesCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "principes",
        abstract: "De acht principes van de visie rust en welzijn, genummerd.")

    func run() throws {
        for p in Principe.alle { print("\(p.nummer). \(p.kort) — \(p.tekst)") }
    }
}
