import ArgumentParser
import Casus
import Foundation
import CasusOpslag
import Opdrachtregel

struct Toon: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon de samengevoegde tijdlijn van een casus uit de werkbank, met de annotaties.")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Flag(help: "Druk tijdlijn.json af in plaats van tekst.")
    var json = false

    @Flag(help: "Vervang namen door rollen.")
    var pseudoniem = false

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.openLezen()
        let weergave = try Werkbankfout.meld { try WerkbankWeergave.maak(casus: casus, in: wb, pseudoniem: pseudoniem) }
        for melding in weergave.meldingen { Uitvoer.fout(melding.description) }
        if json {
            Uitvoer.json(weergave.tijdlijn.json())
        } else {
            print(weergave.tekst, terminator: "")
        }
    }
}
