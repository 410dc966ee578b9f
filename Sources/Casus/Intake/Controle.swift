import Foundation

/// `casus controleer`: every problem in every file given, and a Dutch summary.
public struct ControleRapport: Sendable {
    public var meldingen: [Melding]
    public var aantalBestanden: Int
    /// Files read as tijdlijn-formats: "In orde" needs at least one.
    public var aantalFormats = 0
    /// Paths that do not exist: wrong usage rather than bad input.
    public var onbekendePaden: [String]

    public var samenvatting: String {
        let f = meldingen.fouten.count, w = meldingen.waarschuwingen.count
        let bestanden = aantalBestanden == 1 ? "1 bestand" : "\(aantalBestanden) bestanden"
        let fouten = f == 1 ? "1 fout" : "\(f) fouten"
        let waarschuwingen = w == 1 ? "1 waarschuwing" : "\(w) waarschuwingen"
        let advies = !onbekendePaden.isEmpty ? " Controleer de paden die niet bestaan."
            : f > 0 ? " Verbeter de fouten en controleer opnieuw."
            : aantalFormats == 0 ? " Geen tijdlijn-format gecontroleerd." : " In orde."
        return "\(bestanden) gecontroleerd: \(fouten), \(waarschuwingen).\(advies)"
    }
}

extension Intake {
    public static func controleer(paden: [String], voortgang: Voortgang = .stil) -> ControleRapport {
        var rapport = ControleRapport(meldingen: [], aantalBestanden: 0, onbekendePaden: [])
        var losseBestanden: [String] = []
        var mappen: [String] = []
        for pad in paden {
            var isMap: ObjCBool = false
            guard FileManager.default.fileExists(atPath: pad, isDirectory: &isMap) else {
                rapport.onbekendePaden.append(pad)
                continue
            }
            if isMap.boolValue {
                mappen += casusMappen(pad)
            } else if isInvoerBestand(pad) {
                losseBestanden.append(pad)
            } else {
                rapport.meldingen.append(.waarschuwing("overgeslagen: geen YAML-bestand (.yaml of .yml) of werkboek (.xlsx)", pad: pad))
            }
        }
        // Folder by folder with progress: the total is known before the first is read.
        // On every core, results in folder order (issue 18: intake was one core).
        let lijst = mappen
        for (meldingen, aantal, formats) in Parallel.map(lijst.count, voortgang: voortgang, { i in
            let invoer = leesCasusMap(pad: lijst[i])
            var meldingen = invoer.meldingen + SessieControle.meldingen(invoer)
            if let patronen = invoer.patronenPad { meldingen += PatroonInstellingen.lees(pad: patronen).1 }
            return (meldingen, yamlBestanden(in: lijst[i])?.count ?? 0, invoer.formats.count)
        }) {
            rapport.meldingen += meldingen
            rapport.aantalBestanden += aantal
            rapport.aantalFormats += formats
        }
        // Loose files are grouped by casus so references are checked within their own casus.
        let gelezen = losseBestanden.map { lees(pad: $0) }
        rapport.aantalBestanden += gelezen.count
        rapport.aantalFormats += gelezen.filter { $0.soort == .format }.count
        let perCasus = Dictionary(grouping: gelezen) { CasusControle.casusNode($0)?.string ?? "" }
        for sleutel in perCasus.keys.sorted() {
            let groep = perCasus[sleutel] ?? []
            var meldingen = groep.flatMap(\.meldingen)
            meldingen += CasusControle.verwijzingen(groep.filter { $0.soort == .format })
            for bestand in groep where bestand.soort == .patronen {
                meldingen += PatroonInstellingen.lees(pad: bestand.pad).1
            }
            for bestand in groep where bestand.soort == .overig {
                meldingen.append(.waarschuwing("overgeslagen: geen tijdlijn-format en geen sessie",
                                               pad: bestand.pad))
            }
            rapport.meldingen += plaats(meldingen, in: groep)
        }
        // Checking nothing is not "in orde": README.md alone, or only skipped files.
        if rapport.aantalFormats == 0, rapport.onbekendePaden.isEmpty, !rapport.meldingen.heeftFouten,
           let eerste = paden.first {
            rapport.meldingen.append(.fout("geen tijdlijn-format gevonden om te controleren", pad: eerste,
                hint: "geef een casusmap of ingevulde formats (.yaml)"))
        }
        rapport.meldingen.sort()
        return rapport
    }

    /// A folder with YAML files is one casus; a folder of casus folders (like
    /// `examples/`) is read as each of its casussen.
    static func casusMappen(_ pad: String) -> [String] {
        if let bestanden = yamlBestanden(in: pad), !bestanden.isEmpty { return [pad] }
        let namen = (try? FileManager.default.contentsOfDirectory(atPath: pad)) ?? []
        let submappen = namen.sorted().map { (pad as NSString).appendingPathComponent($0) }.filter { sub in
            var isMap: ObjCBool = false
            return FileManager.default.fileExists(atPath: sub, isDirectory: &isMap) && isMap.boolValue
                && !(yamlBestanden(in: sub) ?? []).isEmpty
        }
        return submappen.isEmpty ? [pad] : submappen
    }
}
