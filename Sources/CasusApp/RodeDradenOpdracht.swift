import Casus
import Foundation
import TijdlijnRender

/// `casus rode-draden` in one call: sort out the arguments (folders, workbench ids,
/// `--alle`), run the pipeline and, when asked, write the report with its charts.
public enum RodeDradenOpdracht {
    public static func voerUit(argumenten: [String], alle: Bool = false, werkbank: String? = nil,
                               opties: RodeDradenOpties, rapport: String?, project projectPad: String? = nil,
                               csv: String? = nil, overschrijf: Bool = false,
                               voortgang: Voortgang = .stil) -> RodeDradenPijplijn.Resultaat {
        let invoer = RodeDradenArgumenten(argumenten: argumenten, alle: alle, werkbankPad: werkbank)
        let (project, projectMeldingen) = projectPad.map(Project.lees) ?? (nil, [])
        if projectMeldingen.heeftFouten {
            return RodeDradenPijplijn.Resultaat(rodeDraden: nil, meldingen: invoer.meldingen + projectMeldingen)
        }
        var resultaat = RodeDradenPijplijn.voerUit(bronnen: invoer.bronnen, werkbank: invoer.werkbank,
                                                   opties: opties, voortgang: voortgang)
        resultaat.meldingen = invoer.meldingen + projectMeldingen + resultaat.meldingen
        if invoer.meldingen.heeftFouten { resultaat.rodeDraden = nil }
        if let rapport, let rodeDraden = resultaat.rodeDraden {
            let regels = BeschermdBestand.Regels(invoer: argumenten.flatMap(BeschermdBestand.bestanden(in:)),
                                                 overschrijf: overschrijf)
            do {
                try RodeDradenRapportBestand.schrijf(rodeDraden, naar: rapport, project: project, regels: regels)
            } catch let fout as BeschermdBestand.Fout {
                resultaat.meldingen.append(.fout("rapport niet geschreven: \(fout.reden)", pad: rapport))
            } catch {
                resultaat.meldingen.append(.fout("rapport niet geschreven: \(error)", pad: rapport,
                                                 hint: "kies een map waarin je mag schrijven"))
            }
        }
        if let csv, let rodeDraden = resultaat.rodeDraden {
            let regels = BeschermdBestand.Regels(invoer: argumenten.flatMap(BeschermdBestand.bestanden(in:)),
                                                 overschrijf: overschrijf)
            do {
                try FileManager.default.createDirectory(atPath: csv, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
                var bestanden = RodeDradenCSV.bestanden(rodeDraden)
                if let codec = Werkboeken.codec {
                    bestanden.append(("tellingen.xlsx", try codec.schrijf(RodeDradenCSV.werkboek(rodeDraden))))
                }
                // The set is complete or absent, like every output of Casus.
                try BeschermdBestand.schrijfSet(bestanden.map {
                    BeschermdBestand.Uitvoer(pad: (csv as NSString).appendingPathComponent($0.naam), data: $0.inhoud)
                }, regels: regels)
            } catch let fout as BeschermdBestand.Fout {
                resultaat.meldingen.append(.fout("CSV-bestanden niet geschreven: \(fout.reden)", pad: csv))
            } catch {
                resultaat.meldingen.append(.fout("CSV-bestanden niet geschreven: \(error)", pad: csv,
                                                 hint: "kies een map waarin je mag schrijven"))
            }
        }
        return resultaat
    }
}
