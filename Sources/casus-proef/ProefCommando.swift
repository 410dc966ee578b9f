import ArgumentParser
import Opdrachtregel

/// Developer commands: measurements for BENCHMARKS.md and trials of the workbench.
/// Not part of what a facilitator installs; it links the test-support target.
struct ProefCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casus-proef",
        abstract: "Metingen en beproevingen van Casus, voor ontwikkelaars (niet voor de sessie).",
        subcommands: [Bench.self, WerkbankStress.self, WerkbankAnnoteerProef.self]
    )
}

@main
enum Hoofd {
    static func main() { Hoofdprogramma.start(ProefCommando.self) }
}
