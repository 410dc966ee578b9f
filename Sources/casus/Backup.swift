import ArgumentParser
import Casus
import Opdrachtregel

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Maak een backup van de werkbank (SQLite online backup; kan terwijl anderen werken).")

    @Argument(help: "Het nieuwe backupbestand (wordt niet overschreven als het al bestaat).")
    var pad: String

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        try Werkbankfout.meld { try wb.backup(naar: pad) }
        print("Backup geschreven: \(pad)")
    }
}
