import Casus
import Foundation

/// One worksheet's cells as text: shared and inline strings, numbers, booleans, Excel
/// errors, formulas by their cached value, and date cells as the day (or month, or
/// year, as far as the cell's format shows it). Rows without any text are left out.
struct BladLezer {
    var gedeeld: [String]
    var datumStijlen: [Datum.Precisie?]
    var jaar1904: Bool

    func lees(_ data: Data, naam: String) throws(VeiligeXML.Fout) -> Werkboek.Blad {
        var rijen: [Werkboek.Rij] = []
        var cellen: [Werkboek.Cel] = []
        var rijNummer = 0
        var cel: (kolom: Int, type: String, stijl: Int)?
        var waarde = ""
        var inWaarde = false
        var volgendeKolom = 1
        try VeiligeXML.lees(data, begin: { element, a in
            switch element {
            case "row":
                rijNummer = a["r"].flatMap { Int($0) } ?? rijNummer + 1
                cellen = []
                volgendeKolom = 1
            case "c":
                let kolom = a["r"].flatMap(Self.kolom(van:)) ?? volgendeKolom
                cel = (kolom, a["t"] ?? "n", a["s"].flatMap { Int($0) } ?? 0)
                volgendeKolom = kolom + 1
                waarde = ""
            case "v", "t":
                inWaarde = cel != nil
            default: break
            }
        }, einde: { element in
            switch element {
            case "v", "t":
                inWaarde = false
            case "c":
                if let c = cel, let gelezen = tekst(c.type, c.stijl, waarde) { cellen.append(Werkboek.Cel(kolom: c.kolom, tekst: gelezen.0, fout: gelezen.1)) }
                cel = nil
            case "row":
                if cellen.contains(where: { !$0.tekst.isEmpty || $0.fout != nil }) {
                    rijen.append(Werkboek.Rij(nummer: rijNummer, cellen: cellen))
                }
            default: break
            }
        }, tekst: { t in
            if inWaarde { waarde += t }
        })
        return Werkboek.Blad(naam: naam, rijen: rijen)
    }

    /// The text of a cell by its type; nil for an empty cell.
    func tekst(_ type: String, _ stijl: Int, _ waarde: String) -> (String, String?)? {
        switch type {
        case "s":
            guard let index = Int(waarde.trimmingCharacters(in: .whitespaces)), gedeeld.indices.contains(index)
            else { return nil }
            return (gedeeld[index], nil)
        case "inlineStr", "str":
            return (waarde, nil)
        case "b":
            return (waarde.trimmingCharacters(in: .whitespaces) == "1" ? "ja" : "nee", nil)
        case "e":
            return ("", waarde)
        case "d":
            // ISO 8601 date cell: the day is the first ten characters.
            return (String(waarde.prefix(10)), nil)
        default:
            let getal = waarde.trimmingCharacters(in: .whitespaces)
            guard !getal.isEmpty else { return nil }
            if datumStijlen.indices.contains(stijl), let precisie = datumStijlen[stijl],
               let serieel = Double(getal), let dag = ExcelDatum.dag(serieel: serieel, jaar1904: jaar1904) {
                return (ExcelDatum.tekst(dag, precisie), nil)
            }
            if let d = Double(getal), d.rounded() == d, abs(d) < 1e15 { return (String(Int(d)), nil) }
            return (getal, nil)
        }
    }

    /// Column number of a reference like `AB12` (A = 1).
    static func kolom(van ref: String) -> Int? {
        var kolom = 0
        for s in ref.unicodeScalars {
            guard s.value >= 65 && s.value <= 90 else { break }
            kolom = kolom * 26 + Int(s.value) - 64
            if kolom > 16384 { return nil }
        }
        return kolom > 0 ? kolom : nil
    }
}

/// Excel's day numbers: days since 1899-12-30 (the 1900 system, which counts a
/// 29 February 1900 that never was) or since 1904-01-01.
enum ExcelDatum {
    static func dag(serieel: Double, jaar1904: Bool) -> Dag? {
        guard serieel.isFinite, serieel >= 1, serieel < 2_958_466 else { return nil }
        let n = Int(serieel.rounded(.down))
        if jaar1904 { return Dag(1904, 1, 1).plus(dagen: n) }
        if n < 60 { return Dag(1899, 12, 31).plus(dagen: n) }
        if n == 60 { return Dag(1900, 2, 28) }
        return Dag(1899, 12, 30).plus(dagen: n)
    }

    static func tekst(_ dag: Dag, _ precisie: Datum.Precisie) -> String {
        let j = String(format: "%04d", dag.jaar), m = String(format: "%02d", dag.maand)
        switch precisie {
        case .dag: return "\(j)-\(m)-" + String(format: "%02d", dag.dag)
        case .maand: return "\(j)-\(m)"
        case .jaar, .periode: return j
        }
    }
}
