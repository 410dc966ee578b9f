import Foundation

/// `casus rode-draden --csv DIR`: the counts as CSV files for a spreadsheet.
/// Separator `;` and UTF-8 with a byte-order mark: Dutch Excel uses the comma as
/// decimal sign and so expects `;` between fields, and without the mark it reads
/// the file as Windows-1252 (é becomes Ã©). LibreOffice asks for the separator; headless
/// it needs filter options (scripts/csv-libreoffice.sh) — or one opens `tellingen.xlsx`,
/// the same tables as a workbook.
public enum RodeDradenCSV {
    /// The tables: file name, sheet name in `tellingen.xlsx`, rows (header first).
    static func tabellen(_ r: RodeDraden) -> [(bestand: String, blad: String, rijen: [[String]])] {
        [("patronen.csv", "patronen", patronen(r)),
         ("annotaties-per-thema.csv", "annotaties per thema", rijen(r.annotaties.perThema, kop: "thema")),
         ("annotaties-per-soort.csv", "annotaties per soort", rijen(r.annotaties.perSoortInterventie, kop: "soort interventie")),
         ("annotaties-per-kader.csv", "annotaties per kader", rijen(r.annotaties.perKader, kop: "kader")),
         ("principes.csv", "principes", principes(r)), ("afspraken.csv", "afspraken", afspraken(r))]
    }

    public static func bestanden(_ r: RodeDraden) -> [(naam: String, inhoud: Data)] {
        tabellen(r).map { ($0.bestand, bestand($0.rijen)) }
    }

    /// The same tables as one workbook, a sheet each, counts as numbers: opens in
    /// Excel in any language and in LibreOffice without choosing a separator.
    public static func werkboek(_ r: RodeDraden) -> WerkboekOntwerp {
        WerkboekOntwerp(bladen: tabellen(r).map { tabel in
            let kop = tabel.rijen.first ?? []
            let kolommen = kop.indices.map { k in
                let langste = tabel.rijen.map { k < $0.count ? $0[k].count : 0 }.max() ?? 8
                return WerkboekOntwerp.Kolom(kop[k], "", breedte: Double(min(max(langste + 2, 8), 60)))
            }
            return WerkboekOntwerp.Blad(naam: tabel.blad, kolommen: kolommen, rijen: Array(tabel.rijen.dropFirst()),
                                        getallen: true)
        })
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
