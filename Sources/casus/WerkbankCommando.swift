import ArgumentParser

/// `casus werkbank …`: the workbench database itself.
struct WerkbankCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "werkbank",
        abstract: "Beheer de werkbank: het SQLite-bestand of de PostgreSQL-database waar de casussen en sessies bewaard worden.",
        subcommands: [WerkbankInit.self, WerkbankControleer.self, WerkbankKopieer.self])
}
