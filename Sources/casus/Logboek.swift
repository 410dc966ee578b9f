import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct Logboek: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon het logboek van een casus: wie deed wat, wanneer (tijden in UTC).")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Flag(help: "Vervang namen door rollen, en wie iets deed door \"gebruiker 1\", \"gebruiker 2\", ….")
    var pseudoniem = false

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.openLezen()
        var regels = try Werkbankfout.meld { try wb.logboek(casus: casus) }
        if pseudoniem {
            let namen = try Werkbankfout.meld { try WerkbankNamen.voor(casus: casus, in: wb) }
            var gebruikers = Gebruikerslabels()
            for i in regels.indices {
                regels[i].wie = gebruikers.label(regels[i].wie)
                regels[i].details = namen.term(regels[i].details)
            }
        }
        for regel in regels { print(regel.description) }
    }
}
