import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct WerkbankControleer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controleer",
        abstract: "Controleer de werkbank op beschadiging (PRAGMA integrity_check) en elke bewaarde analyse tegen een verse.")

    @OptionGroup var werkbank: WerkbankOptie

    func run() throws {
        let wb = try werkbank.openLezen(toegang: .onderzoek)
        let uitkomst = try Werkbankfout.meld { try wb.integriteit() }
        guard uitkomst == ["ok"] else {
            for regel in uitkomst { Uitvoer.fout("\(wb.plek): fout: \(regel)") }
            Uitvoer.fout("De werkbank is beschadigd; zet de laatste backup terug.")
            throw Stop.invoerProblemen
        }
        let controle = try Werkbankfout.meld { try WerkbankAnalyse.controleerAlle(in: wb) }
        print("Bewaarde analyses: \(controle.klopt.count) gelijk aan een verse analyse, "
              + "\(controle.verouderd.count) verouderd en \(controle.ontbreekt.count) nog niet berekend "
              + "(die worden bij het volgende gebruik berekend).")
        for casus in controle.wijktAf {
            let herstel = controle.hersteld.contains(casus) ? "de verse is nu bewaard. " : ""
            Uitvoer.fout("\(wb.plek): fout: de bewaarde analyse van casus \(casus) wijkt af van een verse; "
                         + herstel + "Meld dit aan de ontwikkelaars.")
        }
        guard controle.wijktAf.isEmpty else { throw Stop.invoerProblemen }
        print("De werkbank is in orde: \(wb.plek)")
    }
}
