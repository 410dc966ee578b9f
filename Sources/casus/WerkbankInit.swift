import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct WerkbankInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Maak een nieuwe werkbank aan (alleen leesbaar voor jou), of breng een bestaande bij.")

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open(maakAan: true)
        print("Werkbank klaar: \(wb.plek)")
    }
}
