import Foundation
import Casus

/// `casus exporteer`: a casus from the workbench as a portable casus folder:
/// the newest version of every format exactly as imported, plus `sessie.yaml`.
/// `analyseer` reads the folder; `importeer` takes it back without changes.
public enum CasusExport {
    /// Writes into `map` (created when missing, mode 0700; files 0600) and
    /// returns the paths written. Refuses to overwrite any existing file.
    public static func exporteer(casus: String, werkbank: any WerkbankOpslag, naar map: String,
                                 door: String) throws(WerkbankFout) -> [String] {
        let bestanden = try bestanden(casus: casus, werkbank: werkbank)

        // Complete or absent, never over an existing file.
        let paden = bestanden.map { (map as NSString).appendingPathComponent($0.0) }
        do {
            try BeschermdBestand.maakMap(map)
            try BeschermdBestand.schrijfSet(zip(paden, bestanden).map { pad, bestand in
                BeschermdBestand.Uitvoer(pad: pad, data: bestand.1)
            }, regels: BeschermdBestand.Regels(nooitVervangen: true))
        } catch {
            let fout = error as? BeschermdBestand.Fout
            if fout?.reden.hasPrefix("bestaat al") == true { throw WerkbankFout.bestaatAl(pad: fout?.pad ?? map) }
            throw WerkbankFout.nietTeOpenen(pad: fout?.pad ?? map, detail: fout?.reden ?? "\(error)")
        }
        try werkbank.logExport(casus: casus, naar: map, aantal: bestanden.count - 1, door: door)
        return paden
    }

    /// The folder's files by name: every format as it came in and `sessie.yaml` (last).
    /// The live session offers them as one download.
    public static func bestanden(casus: String, werkbank: any WerkbankOpslag) throws(WerkbankFout) -> [(String, Data)] {
        let formats = try werkbank.laatsteVersies(casus: casus)
        let sessie = try werkbank.sessie(casus: casus)
        // A workbook goes out as the bytes that came in; a YAML format as its text.
        var bestanden = bestandsnamen(formats).map { naam, format in (naam, format.werkboek ?? Data(format.tekst.utf8)) }
        do {
            bestanden.append(("sessie.yaml", Data(try SessieSchrijver.yaml(sessie).utf8)))
        } catch {
            throw WerkbankFout.ongeldig(error.description)
        }
        return bestanden
    }


    /// The stored file names, made unique (two sources may both have sent `format.yaml`);
    /// `sessie.yaml` is reserved for the session.
    static func bestandsnamen(_ formats: [OpgeslagenFormat]) -> [(String, OpgeslagenFormat)] {
        var gebruikt: Set<String> = ["sessie.yaml", "sessie.yml"]
        return formats.map { format in
            var naam = format.bestand
            let stam = (naam as NSString).deletingPathExtension
            let ext = (naam as NSString).pathExtension.isEmpty ? "yaml" : (naam as NSString).pathExtension
            var n = 2
            while gebruikt.contains(naam.lowercased()) {
                naam = "\(stam)-\(n).\(ext)"
                n += 1
            }
            gebruikt.insert(naam.lowercased())
            return (naam, format)
        }
    }
}

extension Werkbank {
    public func logExport(casus: String, naar map: String, aantal: Int, door: String) throws(WerkbankFout) {
        try schrijf { db in
            try log(db, .exporteer, casus: casus, wie: door, "\(aantal) formats en sessie.yaml naar \(map)")
        }
    }
}
