import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct Exporteer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Schrijf een casus uit de werkbank als casusmap: de formats zoals aangeleverd en sessie.yaml.",
        discussion: "`casus analyseer` leest de map; `casus importeer` neemt hem ongewijzigd terug.")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Option(help: "De map om in te schrijven (wordt gemaakt; bestaande bestanden worden niet overschreven).")
    var uit: String

    @Option(help: "Wie exporteert (voor het logboek); anders de ingelogde gebruiker.")
    var door: String?

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        let paden = try Werkbankfout.meld {
            try CasusExport.exporteer(casus: casus, werkbank: wb, naar: uit, door: WerkbankOptie.wie(door))
        }
        for pad in paden { print(pad) }
        print("Casus \(casus) geëxporteerd naar \(uit) (\(paden.count) bestanden)")
    }
}
