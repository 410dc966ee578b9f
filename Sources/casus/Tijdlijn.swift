import ArgumentParser
import Casus
import Foundation

struct TijdlijnCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tijdlijn",
        abstract: "Voeg de tijdlijn-formats van een casus samen tot één tijdlijn.",
        discussion: """
            Leest alle tijdlijn-formats (en sessie.yaml) in de casusmap, voegt dubbele items samen \
            en toont de tijdlijn: per item datum, soort, tekst, aantal bronnen en een teken bij \
            een conflict; daarna de conflicten zelf. Met --json: tijdlijn.json op stdout.
            """)

    @Argument(help: "De casusmap met tijdlijn-formats.")
    var casusMap: String

    @Flag(help: "Druk tijdlijn.json af in plaats van tekst.")
    var json = false

    @Flag(help: "Vervang namen door rollen.")
    var pseudoniem = false

    func run() throws {
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: casusMap, isDirectory: &isMap), isMap.boolValue else {
            Uitvoer.fout("\(casusMap): fout: map bestaat niet — geef een casusmap met tijdlijn-formats")
            throw Stop.verkeerdGebruik
        }
        let invoer = Intake.leesCasusMap(pad: casusMap)
        if invoer.meldingen.heeftFouten {
            for melding in invoer.meldingen { Uitvoer.fout(melding.description) }
            Uitvoer.fout("De casus heeft \(invoer.meldingen.fouten.count) fout(en); er is geen tijdlijn gemaakt.")
            throw Stop.invoerProblemen
        }
        let resultaat = Samenvoeger.voegSamen(invoer.formats, sessie: invoer.sessie, sessiePad: invoer.sessiePad)
        for melding in invoer.meldingen + resultaat.meldingen { Uitvoer.fout(melding.description) }
        let tijdlijn = pseudoniem ? resultaat.tijdlijn.gepseudonimiseerd() : resultaat.tijdlijn
        if json {
            FileHandle.standardOutput.write(tijdlijn.json() + Data("\n".utf8))
        } else {
            print(TijdlijnTekst.maak(tijdlijn), terminator: "")
        }
    }
}
