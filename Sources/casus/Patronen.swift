import ArgumentParser
import Casus
import Foundation

struct PatronenCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patronen",
        abstract: "Zoek de patronen uit de Twentse casusanalyses in een casus.",
        discussion: """
            Voegt de tijdlijn-formats van de casusmap samen en zoekt de elf patronen \
            (opeenvolgende hulp, opschaling uit machteloosheid, …). Per bevinding: de titel, \
            een uitleg met de feiten van deze casus en de items die het laten zien. \
            Drempels aanpassen kan met patronen.yaml in de casusmap. Met --json: patronen.json op stdout.
            """)

    @Argument(help: "De casusmap met tijdlijn-formats (en eventueel sessie.yaml en patronen.yaml).")
    var casusMap: String

    @Flag(help: "Druk de bevindingen af als JSON (zoals patronen.json).")
    var json = false

    func run() throws {
        let resultaat = PatronenAnalyse.voerUit(casusMap: casusMap)
        for melding in resultaat.meldingen { Uitvoer.fout(melding.description) }
        guard let tijdlijn = resultaat.tijdlijn, let rapport = resultaat.rapport else {
            Uitvoer.fout("De casus heeft \(resultaat.meldingen.fouten.count) fout(en); er is niet naar patronen gezocht.")
            throw Stop.invoerProblemen
        }
        if json {
            FileHandle.standardOutput.write(rapport.json() + Data("\n".utf8))
        } else {
            print(PatronenTekst.maak(resultaat.bevindingen, tijdlijn: tijdlijn), terminator: "")
        }
    }
}
