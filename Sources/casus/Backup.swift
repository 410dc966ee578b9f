import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Maak een backup van de werkbank in een nieuw SQLite-bestand (kan terwijl anderen werken, ook vanaf PostgreSQL).")

    @Argument(help: "Het nieuwe backupbestand (wordt niet overschreven als het al bestaat).")
    var pad: String

    @Flag(name: .customLong("ook-beschadigd"),
          help: "Maak de backup ook als de werkbank beschadigd is (om te redden wat er te redden valt).")
    var ookBeschadigd = false

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        // A damaged workbench is refused on open (PRAGMA quick_check) unless asked for.
        if ookBeschadigd, !werkbank.gekozenPad.hasPrefix("postgres"),
           (try? Werkbanken.open(werkbank.gekozenPad, toegang: .onderzoek)) == nil {
            // SQLite cannot even open it: rescue the bytes as they are.
            try Werkbankfout.meld { try RuweKopie.maak(van: werkbank.gekozenPad, naar: pad) }
            print("SQLite kan de werkbank niet openen; het bestand is byte voor byte gekopieerd naar \(pad)")
            return
        }
        let wb = try werkbank.openLezen(toegang: ookBeschadigd ? .onderzoek : .lezen)
        try Werkbankfout.meld { try wb.backup(naar: pad) }
        print("Backup geschreven: \(pad)")
    }
}
