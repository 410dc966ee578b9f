import Casus
import Foundation

/// `casus rode-draden` in one call: sort out the arguments, run the pipeline and,
/// when asked, write the report with its charts.
public enum RodeDradenOpdracht {
    public static func voerUit(paden: [String], opties: RodeDradenOpties,
                               rapport: String?) -> RodeDradenPijplijn.Resultaat {
        var mappen: [String] = []
        var meldingen: [Melding] = []
        for pad in paden {
            var isMap: ObjCBool = false
            if !FileManager.default.fileExists(atPath: pad, isDirectory: &isMap) {
                meldingen.append(.fout("bestaat niet", pad: pad, hint: "geef een casusmap op"))
            } else if isMap.boolValue {
                mappen.append(pad)
            } else {
                // `casus rode-draden examples/*` also passes README.md: skip, but say so.
                meldingen.append(.waarschuwing("overgeslagen: geen casusmap", pad: pad))
            }
        }
        var resultaat = RodeDradenPijplijn.voerUit(mappen: mappen, opties: opties)
        resultaat.meldingen = meldingen + resultaat.meldingen
        if meldingen.heeftFouten { resultaat.rodeDraden = nil }
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
