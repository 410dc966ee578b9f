import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct Annotaties: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon de annotaties van een casus, met waar ze nu hangen.")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @OptionGroup var werkbank: WerkbankOptie

    @Flag(help: "Vervang namen door rollen; wie een annotatie plakte wordt \"deelnemer\".")
    var pseudoniem = false

    func run() throws {
        let wb = try werkbank.openLezen()
        let weergave = try Werkbankfout.meld { try WerkbankWeergave.maak(casus: casus, in: wb, pseudoniem: pseudoniem) }
        if weergave.annotaties.isEmpty { print("Casus \(casus) heeft nog geen annotaties.") }
        for regel in weergave.annotatieRegels { print(regel) }
    }
}
