import Casus
import Foundation
import TijdlijnRender

/// `casus rode-draden` in one call: sort out the arguments (folders, workbench ids,
/// `--alle`), run the pipeline and, when asked, write the report with its charts.
public enum RodeDradenOpdracht {
    public static func voerUit(argumenten: [String], alle: Bool = false, werkbank: String? = nil,
                               opties: RodeDradenOpties, rapport: String?,
                               voortgang: Voortgang = .stil) -> RodeDradenPijplijn.Resultaat {
        let invoer = RodeDradenArgumenten(argumenten: argumenten, alle: alle, werkbankPad: werkbank)
        var resultaat = RodeDradenPijplijn.voerUit(bronnen: invoer.bronnen, werkbank: invoer.werkbank,
                                                   opties: opties, voortgang: voortgang)
        resultaat.meldingen = invoer.meldingen + resultaat.meldingen
        if invoer.meldingen.heeftFouten { resultaat.rodeDraden = nil }
        if let rapport, let rodeDraden = resultaat.rodeDraden {
            do {
                try RodeDradenRapportage.schrijf(rodeDraden, naar: rapport)
            } catch {
                resultaat.meldingen.append(.fout("rapport niet geschreven: \(error)", pad: rapport,
                                                 hint: "kies een map waarin je mag schrijven"))
            }
        }
        return resultaat
    }
}
