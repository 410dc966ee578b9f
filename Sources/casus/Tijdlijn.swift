import ArgumentParser
import Casus
import Foundation
import Opdrachtregel

struct TijdlijnCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tijdlijn",
        abstract: "Voeg de tijdlijn-formats van een casus samen tot één tijdlijn.",
        discussion: """
            Leest alle tijdlijn-formats (en sessie.yaml) in de casusmap, voegt dubbele items samen \
            en toont de tijdlijn: per item datum, soort, tekst, aantal bronnen en een teken bij \
            een conflict; daarna de conflicten zelf. Met --json: tijdlijn.json op stdout.
            """)

    @OptionGroup var casus: CasusArgument

    @Flag(help: "Druk tijdlijn.json af in plaats van tekst.")
    var json = false

    @Flag(help: "Vervang namen door rollen.")
    var pseudoniem = false

    func run() throws {
        let invoer = try casus.lees(pseudoniem: pseudoniem)
        let resultaat = Samenvoeger.voegSamen(invoer)
        Uitvoer.meldingen(invoer.meldingen + resultaat.meldingen,
                          namen: pseudoniem ? Pseudonimisering(formats: invoer.formats, sessie: invoer.sessie) : nil)
        let tijdlijn = pseudoniem ? resultaat.tijdlijn.gepseudonimiseerd() : resultaat.tijdlijn
        if json {
            Uitvoer.json(tijdlijn.json())
        } else {
            print(TijdlijnTekst.maak(tijdlijn), terminator: "")
        }
    }
}
