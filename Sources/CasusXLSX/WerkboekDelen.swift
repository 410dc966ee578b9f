import Casus
import Foundation

/// The small parts of a workbook that say where things are: sheet names and files,
/// shared strings, and which cell styles are dates.
enum WerkboekDelen {
    struct BladVerwijzing {
        var naam: String
        var bestand: String
    }

    /// Sheets in order, with the part each lives in; and whether dates count from 1904.
    static func bladen(workbook: Data, relaties: Data?) throws(VeiligeXML.Fout) -> ([BladVerwijzing], Bool) {
        var doelen: [String: String] = [:]
        if let relaties {
            try VeiligeXML.lees(relaties, begin: { naam, a in
                if naam == "Relationship", let id = a["Id"], let doel = a["Target"] { doelen[id] = doel }
            })
        }
        var bladen: [BladVerwijzing] = []
        var jaar1904 = false
        try VeiligeXML.lees(workbook, begin: { naam, a in
            if naam == "workbookPr", let d = a["date1904"] { jaar1904 = d == "1" || d == "true" }
            guard naam == "sheet", let bladNaam = a["name"] else { return }
            // With namespaces processed the relationship id keeps its local name `id`.
            let id = a["r:id"] ?? a["id"] ?? a.first { $0.key.hasSuffix(":id") }?.value ?? ""
            let doel = doelen[id] ?? "worksheets/sheet\(bladen.count + 1).xml"
            bladen.append(BladVerwijzing(naam: bladNaam, bestand: pad(doel)))
        })
        return (bladen, jaar1904)
    }

    /// A relationship target as a path inside the archive (relative to xl/, or absolute).
    static func pad(_ doel: String) -> String {
        doel.hasPrefix("/") ? String(doel.dropFirst()) : "xl/" + doel
    }

    /// Shared strings: rich text runs joined, phonetic hints (`rPh`) left out.
    static func gedeeldeTeksten(_ data: Data) throws(VeiligeXML.Fout) -> [String] {
        var teksten: [String] = []
        var huidig = ""
        var inTekst = false, inFonetisch = false
        try VeiligeXML.lees(data, begin: { naam, _ in
            switch naam {
            case "si": huidig = ""
            case "t": inTekst = true
            case "rPh": inFonetisch = true
            default: break
            }
        }, einde: { naam in
            switch naam {
            case "si": teksten.append(huidig)
            case "t": inTekst = false
            case "rPh": inFonetisch = false
            default: break
            }
        }, tekst: { t in
            if inTekst && !inFonetisch { huidig += t }
        })
        return teksten
    }

    /// Per cell style (`s` attribute), the precision of a date format, or nil when not a date.
    static func datumStijlen(_ data: Data) throws(VeiligeXML.Fout) -> [Datum.Precisie?] {
        var eigen: [Int: String] = [:]
        var stijlen: [Datum.Precisie?] = []
        var inCelStijlen = false
        try VeiligeXML.lees(data, begin: { naam, a in
            switch naam {
            case "numFmt":
                if let id = a["numFmtId"].flatMap({ Int($0) }), let code = a["formatCode"] { eigen[id] = code }
            case "cellXfs": inCelStijlen = true
            case "xf" where inCelStijlen:
                let id = a["numFmtId"].flatMap { Int($0) } ?? 0
                stijlen.append(eigen[id].map(precisie(code:)) ?? ingebouwd(id))
            default: break
            }
        }, einde: { naam in
            if naam == "cellXfs" { inCelStijlen = false }
        })
        return stijlen
    }

    /// Excel's built-in date formats: 14–16 and 22 show a day, 17 (mmm-yy) a month.
    static func ingebouwd(_ id: Int) -> Datum.Precisie? {
        switch id {
        case 14, 15, 16, 22, 27...31, 34...36, 50...58: .dag
        case 17: .maand
        default: nil
        }
    }

    /// What a custom number format shows of a date: day, month or year; nil for no date
    /// (numbers, times). Quoted text, `[...]` and escaped characters are not codes.
    static func precisie(code: String) -> Datum.Precisie? {
        var letters = ""
        var tussenAanhalingstekens = false, tussenHaken = false, escape = false
        for c in code.lowercased() {
            if escape { escape = false; continue }
            switch c {
            case "\\": escape = true
            case "\"": tussenAanhalingstekens.toggle()
            case "[": tussenHaken = true
            case "]": tussenHaken = false
            default: if !tussenAanhalingstekens && !tussenHaken { letters.append(c) }
            }
        }
        let heeftJaar = letters.contains("y") || letters.contains("j")
        let heeftDag = letters.contains("d")
        if heeftDag { return .dag }
        if heeftJaar { return letters.contains("m") ? .maand : .jaar }
        return nil
    }
}
