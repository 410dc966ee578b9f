import ArgumentParser
import Casus
import Foundation
import TijdlijnRender
import CasusApp
import Opdrachtregel

struct RodeDradenCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rode-draden",
        abstract: "Tel de rode draden over casussen: patronen, smileys en sadneys, met een rapport.",
        discussion: """
        Geef casusmappen of casus-id's uit de werkbank op, of --alle voor de hele werkbank.
        Zonder --json of --rapport volgt een korte samenvatting.
        Het rapport is HTML, PDF (.pdf) of Markdown (.md), gepseudonimiseerd tenzij --met-namen.
        Met --organisaties-anoniem staan er ook geen namen van organisaties in.
        """)

    @Argument(help: "Casusmappen (tijdlijn-formats en sessie.yaml) of casus-id's in de werkbank. Losse bestanden worden overgeslagen.")
    var casussen: [String] = []

    @Flag(help: "Alle casussen in de werkbank.")
    var alle = false

    @OptionGroup var werkbank: WerkbankOptie

    @Flag(help: "De rode draden als JSON op stdout (cli.md).")
    var json = false

    @Option(help: "Schrijf het rapport naar dit bestand: .html, .pdf of .md.")
    var rapport: String?

    @Flag(help: "Vervang ook een bestaand bestand dat Casus niet schreef, een invoerbestand of een symbolische koppeling.")
    var overschrijf = false

    @Flag(help: "Namen tonen in plaats van rollen (alleen binnen de casusanalyse delen).")
    var metNamen = false

    @Flag(help: "Vervang ook namen van organisaties door hun soort (wijkteam, jeugdbescherming, school, …).")
    var organisatiesAnoniem = false

    @Option(help: "Hoeveel momenten ‘dit werkte’ en ‘dit hielp niet’ tonen.")
    var top = 10

    func validate() throws {
        if casussen.isEmpty && !alle { throw ValidationError("geef minstens één casusmap of casus-id op, of --alle") }
        if top < 0 { throw ValidationError("--top kan niet negatief zijn") }
    }

    @Flag(help: "Geen voortgangsregel op stderr.")
    var stil = false

    @Option(help: "project.yaml: titel, opdrachtgever, gemeenten en de conclusies per thema voor het rapport.")
    var project: String?

    @Option(help: "Schrijf de tellingen als CSV-bestanden (; en UTF-8) in deze map, voor een spreadsheet.")
    var csv: String?

    func run() throws {
        let opties = RodeDradenOpties(pseudoniem: !metNamen, maxGemarkeerd: top, organisatiesAnoniem: organisatiesAnoniem)
        let regel = VoortgangsRegel("casussen analyseren", stil: stil)
        let uitkomst = RodeDradenOpdracht.voerUit(argumenten: casussen, alle: alle, werkbank: werkbank.pad,
                                                  opties: opties, rapport: rapport, project: project, csv: csv,
                                                  overschrijf: overschrijf,
                                                  voortgang: regel.voortgang)
        regel.klaar()
        uitkomst.meldingen.forEach { Uitvoer.fout($0.description) }
        // A path (with a slash) that does not exist is wrong usage, as in every command.
        let ontbreekt = casussen.contains { $0.contains("/") && Bestandssoort.van(pad: $0) == .ontbreekt }
        guard let rodeDraden = uitkomst.rodeDraden else {
            Uitvoer.fout("Geen rode draden: los eerst de fouten hierboven op (\(uitkomst.meldingen.fouten.count) fout(en)).")
            throw ontbreekt ? Stop.verkeerdGebruik : Stop.invoerProblemen
        }
        if uitkomst.meldingen.heeftFouten { throw Stop.invoerProblemen }
        if json {
            Uitvoer.json(stukken: rodeDraden.schrijfJSON)
        } else {
            print(RodeDradenSamenvatting.tekst(rodeDraden))
        }
        if let rapport { Uitvoer.fout("Rapport geschreven naar \(rapport) (alleen voor jou leesbaar).") }
    }
}
