import Foundation

/// `casus rode-draden --csv DIR`: the counts as CSV files for a spreadsheet.
/// Separator `;` and UTF-8 with a byte-order mark: Dutch Excel uses the comma as
/// decimal sign and so expects `;` between fields, and without the mark it reads
/// the file as Windows-1252 (é becomes Ã©). LibreOffice asks for the separator; headless
/// it needs filter options (scripts/csv-libreoffice.sh).
public enum RodeDradenCSV {
    public static func bestanden(_ r: RodeDraden) -> [(naam: String, inhoud: Data)] {
        [("patronen.csv", patronen(r)), ("annotaties-per-thema.csv", rijen(r.annotaties.perThema, kop: "thema")),
         ("annotaties-per-soort.csv", rijen(r.annotaties.perSoortInterventie, kop: "soort interventie")),
         ("annotaties-per-kader.csv", rijen(r.annotaties.perKader, kop: "kader")),
         ("principes.csv", principes(r)), ("afspraken.csv", afspraken(r))]
            .map { ($0.0, bestand($0.1)) }
    }

    /// One pattern a row, one casus a column: 1 where the pattern was found.
    static func patronen(_ r: RodeDraden) -> [[String]] {
        [["patroon", "titel", "aantal casussen"] + r.casussen]
            + r.patronen.map { p in
                [p.patroon, p.titel, String(p.aantalCasussen)] + r.casussen.map { p.casussen.contains($0) ? "1" : "0" }
            }
    }

    static func rijen<V: RijVeld>(_ rijen: [AnnotatieRij<V>], kop: String) -> [[String]] {
        [[kop, "smileys", "sadneys"]] + rijen.map { [$0.waarde, String($0.smiley), String($0.sadney)] }
    }

    /// One principle a row, one casus a column: the oordeel given there.
    static func principes(_ r: RodeDraden) -> [[String]] {
        let visie = r.sessies?.visie ?? []
        return [["principe", "naam"] + r.casussen] + visie.map { p in
            [String(p.principe), p.kort] + r.casussen.map { c in
                p.wel.contains(c) ? "wel" : p.deels.contains(c) ? "deels" : p.niet.contains(c) ? "niet"
                    : p.onbekend.contains(c) ? "onbekend" : ""
            }
        }
    }

    static func afspraken(_ r: RodeDraden) -> [[String]] {
        [["casus", "wat", "wie", "wanneer", "status"]]
            + (r.sessies?.afspraken ?? []).map { [$0.casus, $0.wat, $0.wie ?? "", $0.wanneer ?? "", $0.status] }
    }

    static func bestand(_ rijen: [[String]]) -> Data {
        let tekst = rijen.map { $0.map(veld).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
        return Data([0xEF, 0xBB, 0xBF]) + Data(tekst.utf8)
    }

    /// Quoted when it holds a separator, a quote or a line break (RFC 4180); a
    /// leading = + - @ is prefixed with ' so no spreadsheet runs it as a formula.
    static func veld(_ waarde: String) -> String {
        var w = waarde
        if let eerste = w.first, "=+-@".contains(eerste), Double(w) == nil { w = "'" + w }
        guard w.contains(where: { ";\"\n\r".contains($0) }) else { return w }
        return "\"" + w.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
