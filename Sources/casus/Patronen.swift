import ArgumentParser
import Casus
import Foundation
import Opdrachtregel

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

    @OptionGroup var casus: CasusArgument

    @Flag(help: "Druk de bevindingen af als JSON (zoals patronen.json).")
    var json = false

    @Flag(help: "Vervang namen door rollen, ook in de uitleg.")
    var pseudoniem = false

    func run() throws {
        let resultaat = try casus.analyseer(pseudoniem: pseudoniem)
        Uitvoer.meldingen(resultaat.meldingen, namen: pseudoniem ? resultaat.namen : nil)
        guard var analyse = resultaat.analyse else { throw Stop.invoerProblemen }
        if pseudoniem { analyse = analyse.gepseudonimiseerd() }
        if json {
            Uitvoer.json(analyse.rapport.json())
        } else {
            print(PatronenTekst.maak(analyse.bevindingen, tijdlijn: analyse.tijdlijn), terminator: "")
        }
    }
}
