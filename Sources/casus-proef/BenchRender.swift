import ArgumentParser
import Foundation
import TijdlijnRender
import CasusProef

struct BenchRender: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Rendert een synthetische casus naar PNG, SVG en PDF en meldt de tijd per stap.")

    @Option(help: "Aantal items van de synthetische casus.")
    var items = 1000

    @Option(help: "Map voor de uitvoer.")
    var uit = "uitvoer/bench-render"

    func run() throws {
        try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true)
        let metingen = try RenderBenchmark.meet(items: items, map: uit)
        for m in metingen { print(m) }
    }
}
