import ArgumentParser
import CasusOpslag
import Foundation
import Opdrachtregel

struct CorrectiesCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correcties",
        abstract: "Alle koppel- en ontkoppelcorrecties van een casus, met hun stand (toegepast of vervallen).")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.openLezen()
        let weergave = try Werkbankfout.meld { try WerkbankWeergave.maak(casus: casus, in: wb) }
        guard !weergave.correctieStanden.isEmpty else {
            print("Casus \(casus) heeft geen correcties.")
            return
        }
        for stand in weergave.correctieStanden { print(stand.regel) }
    }
}
