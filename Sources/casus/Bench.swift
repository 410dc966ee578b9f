import ArgumentParser

/// `casus bench …`: measurements for BENCHMARKS.md (not part of the tests).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Meet de snelheid van onderdelen van casus (voor BENCHMARKS.md).",
        subcommands: [BenchWerkbank.self])
}
