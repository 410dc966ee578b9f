import Foundation

/// Parses the Dutch date forms of tijdlijn-format.md into a `Datum` interval.
/// Case-insensitive; surrounding spaces ignored; `ca.`, `circa`, `rond`, `ongeveer`
/// mark the date as approximate.
public enum DatumParser {
    /// Shown when a date cannot be read.
    public static let toegestaneVormen =
        "2019-03-14, 14-03-2019, 14 maart 2019, 2019-03, maart 2019, mrt 2019, 03-2019, Q2 2019, voorjaar 2019, begin/medio/eind 2019, 2019, in 2019, 2018-2019, met eventueel ca. ervoor"

    static let maanden = Maanden.gelezen

    /// Month ranges of named periods. Winter starts in December of the named year
    /// (meteorological winter), so "winter 2019" runs into February 2020.
    static let seizoenen: [String: (Int, Int)] = [
        "voorjaar": (3, 5), "lente": (3, 5), "zomer": (6, 8), "najaar": (9, 11),
        "herfst": (9, 11), "winter": (12, 14),
        "begin": (1, 4), "medio": (5, 8), "midden": (5, 8), "eind": (9, 12), "einde": (9, 12),
    ]

    static let caVoorvoegsels = ["ca.", "ca", "circa", "rond", "ongeveer", "omstreeks"]

    public static func parse(_ invoer: String) -> Datum? {
        let (woorden, ca) = woorden(invoer)
        guard var datum = interval(woorden) else { return nil }
        datum.tekst = invoer.zonderWitruimte
        datum.ca = ca
        return datum
    }

    /// The words that carry the date: lower case, the approximate prefix taken off, and
    /// the words people add around it dropped: `ergens in 2018` and `in 2018` are `2018`,
    /// `rond de zomer van 2019` is an approximate `zomer 2019`; `2018 – 2019` is `2018-2019`.
    static func woorden(_ invoer: String) -> (woorden: [String], ca: Bool) {
        var tekst = invoer.zonderWitruimte.lowercased()
        // Foundation's replacing is slow even with nothing to replace; most dates have neither.
        if tekst.utf8.contains(UInt8(ascii: ",")) { tekst = tekst.replacingOccurrences(of: ",", with: " ") }
        if tekst.utf8.contains(0xE2) {  // lead byte of both dashes
            tekst = tekst.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
        }
        var woorden = tekst.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var ca = false
        if let eerste = woorden.first {
            if caVoorvoegsels.contains(eerste) {
                ca = true
                woorden.removeFirst()
            } else if eerste.hasPrefix("ca.") && eerste.count > 3 {
                ca = true
                woorden[0] = String(eerste.dropFirst(3))
            }
        }
        if woorden.count > 1, woorden[0] == "ergens" { woorden.removeFirst() }
        if woorden.count > 1, woorden[0] == "in" { woorden.removeFirst() }
        if woorden.count > 1, woorden[0] == "de" || woorden[0] == "het" { woorden.removeFirst() }
        if woorden.count >= 3, woorden[woorden.count - 2] == "van" { woorden.remove(at: woorden.count - 2) }
        if woorden.count == 3, woorden[1] == "-" { woorden = [woorden[0] + "-" + woorden[2]] }
        return (woorden, ca)
    }

    private static func interval(_ w: [String]) -> Datum? {
        switch w.count {
        case 1: return eenWoord(w[0])
        case 2: return tweeWoorden(w[0], w[1])
        case 3: return drieWoorden(w[0], w[1], w[2])
        default: return nil
        }
    }

    private static func eenWoord(_ s: String) -> Datum? {
        if let jaar = jaar(s) {
            return maak(Dag(jaar, 1, 1), Dag(jaar, 12, 31), .jaar)
        }
        let delen = s.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let alt = s.split(whereSeparator: { $0 == "/" || $0 == "." }).map(String.init)
        let stukken = delen.count > 1 ? delen : alt
        guard stukken.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else { return nil }
        let getallen = stukken.compactMap { Int($0) }
        if delen.count == 2, let van = jaar(delen[0]), let tot = jaar(delen[1]), van < tot {
            return maak(Dag(van, 1, 1), Dag(tot, 12, 31), .jaar)                 // 2018-2019
        }
        switch (stukken.count, stukken.first?.count) {
        case (3, 4): return dag(getallen[0], getallen[1], getallen[2])      // 2019-03-14
        case (3, _): return dag(getallen[2], getallen[1], getallen[0])      // 14-03-2019
        case (2, 4): return maand(getallen[0], getallen[1])                 // 2019-03
        case (2, _): return stukken[1].count == 4 ? maand(getallen[1], getallen[0]) : nil // 03-2019
        default: return nil
        }
    }

    private static func tweeWoorden(_ a: String, _ b: String) -> Datum? {
        guard let j = jaar(b) else { return nil }
        if let m = maandNummer(a) { return maand(j, m) }
        if a.count == 2, a.first == "q", let q = Int(a.dropFirst()), (1...4).contains(q) {
            return periode(j, (q - 1) * 3 + 1, q * 3)
        }
        if let (van, tot) = seizoenen[a] { return periode(j, van, tot) }
        return nil
    }

    /// `14 maart 2019`, or `begin maart 2019` (1–10), `medio` (11–20), `eind` (21–end).
    private static func drieWoorden(_ a: String, _ b: String, _ c: String) -> Datum? {
        guard let j = jaar(c), let m = maandNummer(b) else { return nil }
        if let d = Int(a), a.count <= 2 { return dag(j, m, d) }
        let laatste = Dag.dagenInMaand(j, m)
        switch a {
        case "begin": return maak(Dag(j, m, 1), Dag(j, m, 10), .periode)
        case "medio", "midden", "half": return maak(Dag(j, m, 11), Dag(j, m, 20), .periode)
        case "eind", "einde": return maak(Dag(j, m, 21), Dag(j, m, laatste), .periode)
        default: return nil
        }
    }

    static func maandNummer(_ s: String) -> Int? {
        let zonderPunt = s.hasSuffix(".") ? String(s.dropLast()) : s
        return maanden[zonderPunt]
    }

    /// Years a casus can be about: 1900–2100, four digits.
    private static func jaar(_ s: String) -> Int? {
        guard s.count == 4, s.allSatisfy({ $0.isASCII && $0.isNumber }), let j = Int(s),
              (1900...2100).contains(j) else { return nil }
        return j
    }

    private static func dag(_ j: Int, _ m: Int, _ d: Int) -> Datum? {
        guard (1900...2100).contains(j), Dag.isGeldig(j, m, d) else { return nil }
        return maak(Dag(j, m, d), Dag(j, m, d), .dag)
    }

    private static func maand(_ j: Int, _ m: Int) -> Datum? {
        guard (1900...2100).contains(j), (1...12).contains(m) else { return nil }
        return maak(Dag(j, m, 1), Dag.laatsteVanMaand(j, m), .maand)
    }

    /// Months may run past December (winter): 13 and 14 are January and February next year.
    private static func periode(_ j: Int, _ van: Int, _ tot: Int) -> Datum {
        let eindJaar = j + (tot - 1) / 12
        let eindMaand = (tot - 1) % 12 + 1
        return maak(Dag(j, van, 1), Dag.laatsteVanMaand(eindJaar, eindMaand), .periode)
    }

    private static func maak(_ van: Dag, _ tot: Dag, _ precisie: Datum.Precisie) -> Datum {
        Datum(tekst: "", van: van, tot: tot, precisie: precisie)
    }
}
