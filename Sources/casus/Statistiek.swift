import ArgumentParser
import Casus
import Foundation
import Opdrachtregel

struct StatistiekCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statistiek",
        abstract: "Wat geen papieren muur laat zien: tijd in hulp, gaten, leeftijden, verdeeldheid.",
        discussion: """
            Telt interventies, aanbieders, regiewisselingen en kaderovergangen; rekent de dagen \
            in hulp, in een gedwongen kader en de langste periode zonder hulp uit; geeft per kind \
            de leeftijd bij de eerste hulp en het eerste gedwongen kader; en noemt de items waar \
            de groep verdeeld was (smileys én sadneys). Dagen tellen inclusief begin en eind. \
            Met --json: dezelfde cijfers voor scripts (zie docs/statistiek.md).
            """)

    @OptionGroup var casus: CasusArgument

    @Flag(help: "Druk de cijfers af als JSON.")
    var json = false

    @Flag(help: "Vervang namen door rollen.")
    var pseudoniem = false

    func run() throws {
        let resultaat = try casus.analyseer(pseudoniem: pseudoniem)
        Uitvoer.meldingen(resultaat.meldingen, namen: pseudoniem ? resultaat.namen : nil)
        guard var analyse = resultaat.analyse else { throw Stop.invoerProblemen }
        if pseudoniem { analyse = analyse.gepseudonimiseerd() }
        let statistiek = Statistiek(analyse)
        if json {
            Uitvoer.json(statistiek.json())
        } else {
            print(statistiek.tekst(), terminator: "")
        }
    }
}
