import ArgumentParser
import Casus

struct Controleer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Controleer tijdlijn-formats (en sessie.yaml) op fouten.")

    @Argument(help: "Bestanden of mappen met tijdlijn-formats.")
    var paden: [String]

    func run() throws {
        // Filled in by the intake work.
    }
}
