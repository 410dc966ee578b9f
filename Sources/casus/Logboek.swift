import ArgumentParser
import Casus
import Opdrachtregel

struct Logboek: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon het logboek van een casus: wie deed wat, wanneer (tijden in UTC).")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.open()
        let regels = try Werkbankfout.meld { try wb.logboek(casus: casus) }
        for regel in regels { print(regel.description) }
    }
}
