import ArgumentParser

/// `casus werkbank …`: the workbench database itself.
struct WerkbankCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "werkbank",
        abstract: "Beheer de werkbank: de SQLite-database waar de casussen en sessies bewaard worden.",
        subcommands: [WerkbankInit.self, WerkbankControleer.self])
}
