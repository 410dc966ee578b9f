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

    func run() throws {
        let resultaat = try casus.analyseer()
        for melding in resultaat.meldingen { Uitvoer.fout(melding.description) }
        guard let analyse = resultaat.analyse else { throw Stop.invoerProblemen }
        let statistiek = Statistiek(analyse)
        if json {
            FileHandle.standardOutput.write(statistiek.json() + Data("\n".utf8))
        } else {
            print(statistiek.tekst(), terminator: "")
        }
    }
}
