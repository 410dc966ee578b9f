import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct WerkbankControleer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controleer",
        abstract: "Controleer de werkbank op beschadiging (PRAGMA integrity_check).")

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.openLezen(toegang: .onderzoek)
        let uitkomst = try Werkbankfout.meld { try wb.integriteit() }
        if uitkomst == ["ok"] {
            print("De werkbank is in orde: \(wb.plek)")
            return
        }
        for regel in uitkomst { Uitvoer.fout("\(wb.plek): fout: \(regel)") }
        Uitvoer.fout("De werkbank is beschadigd; zet de laatste backup terug.")
        throw Stop.invoerProblemen
    }
}
