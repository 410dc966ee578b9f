import ArgumentParser
import CasusApp
import Opdrachtregel
import TijdlijnRender

struct BenchPNG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "png",
        abstract: "Meet de PNG van een casus: zoals casus hem maakt, tegen libpng en zlib niveau 6.")

    @Argument(help: "Een casusmap met tijdlijn-formats.")
    var casus: String

    @Option(help: "Hoe vaak elke meting; de mediaan wordt getoond.")
    var keer = 7

    @Option(help: "Resolutie in dpi.")
    var dpi = 96.0

    @Flag(help: "Meet ook elke combinatie van filter en compressie op dezelfde pixels.")
    var varianten = false

    func run() throws {
        let (analyse, meldingen) = CasusAnalyse.lees(casusMap: casus, pseudoniem: false)
        guard let analyse else {
            for m in meldingen { print(m.description) }
            throw Stop.invoerProblemen
        }
        let r = TijdlijnRenderer(analyse.tijdlijn, annotaties: analyse.annotaties, bevindingen: analyse.bevindingen)
        for regel in try PNGBenchmark.meet(r, dpi: dpi, keer: keer, varianten: varianten) { print(regel) }
    }
}
