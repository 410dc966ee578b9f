import ArgumentParser
import Casus
import Foundation
import CasusProef
import Opdrachtregel

struct BenchWerkbank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "werkbank",
        abstract: "Meet importeren van veel formats en het plaatsen van annotaties in de werkbank.")

    @Option(help: "Aantal synthetische formats in één import.")
    var formats = 1000

    @Option(help: "Aantal annotaties.")
    var annotaties = 1000

    func run() throws {
        let map = NSTemporaryDirectory() + "casus-bench-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: map) }
        let meting = try Werkbankfout.meld {
            try WerkbankMeting.meet(map: map, formats: formats, annotaties: annotaties)
        }
        for regel in meting.regels { print(regel) }
    }
}
