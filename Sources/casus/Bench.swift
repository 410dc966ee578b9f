import ArgumentParser

/// `casus bench …`: measurements for BENCHMARKS.md; each area adds its own subcommand.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Meet hoe snel onderdelen van Casus zijn (voor BENCHMARKS.md).",
        subcommands: [BenchRender.self])
}
