import ArgumentParser

/// `casus-proef bench …`: measurements for BENCHMARKS.md. Each area adds its own subcommand.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Meet hoe snel onderdelen van Casus zijn (voor BENCHMARKS.md).",
        subcommands: [BenchSamenvoegen.self, BenchLosseFormats.self, BenchPatronen.self, BenchRender.self, BenchPNG.self, BenchWerkbank.self])
}
