import Foundation

/// A disagreement found while choosing a display value, before the item has its id.
struct ConflictOntwerp: Hashable {
    var veld: String
    var waarden: [ConflictWaarde]
    var gekozen: String
    var keuze: String

    func conflict(item: String) -> Conflict {
        Conflict(item: item, veld: veld, waarden: waarden, gekozen: gekozen, keuze: keuze)
    }
}

/// Chooses each field's display value from the sources' values, and records a
/// conflict when sources contradict each other.
///
/// The choice is deterministic: the most precise value (dates only), then the
/// value most sources gave, then the value of the first source in id order.
/// Missing values (and `onbekend`) are not votes: silence is not disagreement.
struct Veldkeuze {
    static let meestPrecies = "meest precieze datum"
    static let meesteBronnen = "door de meeste bronnen genoemd"
    static let eersteBron = "eerste bron op id-volgorde"

    private(set) var conflicten: [ConflictOntwerp] = []

    /// - Parameters:
    ///   - waarden: (source id, value) in source-id order.
    ///   - rang: lower is more precise; nil when precision does not apply.
    ///   - strijdig: whether two different values contradict; nil = never a conflict
    ///     (free text, where each source's wording is kept in `per_bron`).
    mutating func kies<W: Hashable>(_ veld: String, _ waarden: [(String, W?)],
                                    tekst: (W) -> String,
                                    rang: ((W) -> Int)? = nil,
                                    strijdig: ((W, W) -> Bool)? = { $0 != $1 }) -> W? {
        let genoemd = waarden.compactMap { bron, w in w.map { (bron: bron, waarde: $0) } }
        guard let eerste = genoemd.first else { return nil }

        // Distinct values in order of their first source, with their source count.
        var kandidaten: [(waarde: W, aantal: Int)] = []
        var plek: [W: Int] = [:]
        for (_, w) in genoemd {
            if let i = plek[w] { kandidaten[i].aantal += 1 } else {
                plek[w] = kandidaten.count
                kandidaten.append((w, 1))
            }
        }
        if kandidaten.count == 1 { return eerste.waarde }

        var over = kandidaten
        var reden = Veldkeuze.eersteBron
        if let rang {
            let beste = over.map { rang($0.waarde) }.min() ?? 0
            over = over.filter { rang($0.waarde) == beste }
            if over.count == 1 { reden = Veldkeuze.meestPrecies }
        }
        if over.count > 1 {
            let meeste = over.map(\.aantal).max() ?? 0
            let teller = over.filter { $0.aantal == meeste }
            if teller.count == 1 { reden = Veldkeuze.meesteBronnen }
            over = teller
        }
        let gekozen = over[0].waarde

        if let strijdig, heeftStrijd(kandidaten.map(\.waarde), strijdig) {
            conflicten.append(ConflictOntwerp(
                veld: veld,
                waarden: genoemd.map { ConflictWaarde(bron: $0.bron, waarde: tekst($0.waarde)) },
                gekozen: tekst(gekozen), keuze: reden))
        }
        return gekozen
    }

    private func heeftStrijd<W>(_ waarden: [W], _ strijdig: (W, W) -> Bool) -> Bool {
        // Few distinct values per field (one per source at most): pairwise is fine.
        for i in waarden.indices {
            for j in waarden.indices where j > i && strijdig(waarden[i], waarden[j]) {
                return true
            }
        }
        return false
    }

    // MARK: Field kinds

    mutating func datum(_ veld: String, _ waarden: [(String, Datum?)]) -> Datum? {
        kies(veld, waarden, tekst: \.tekst, rang: Veldkeuze.rang, strijdig: Veldkeuze.strijdig)
    }

    mutating func woord<W: Vocabulaire>(_ veld: String, _ waarden: [(String, W?)],
                                        onbekend: W? = nil) -> W? {
        kies(veld, waarden.map { ($0.0, $0.1 == onbekend ? nil : $0.1) }, tekst: \.rawValue)
    }

    /// A short text that is a fact (a role, a gemeente): a conflict when the
    /// normalised texts differ.
    mutating func feit(_ veld: String, _ waarden: [(String, String?)]) -> String? {
        kies(veld, waarden.map { ($0.0, leegIsNil($0.1)) }, tekst: { $0 },
             strijdig: { Normalisatie.normaal($0) != Normalisatie.normaal($1) })
    }

    /// Free text: the display shows one wording, `per_bron` keeps them all.
    /// Spacing does not count as a different wording.
    mutating func tekst(_ veld: String, _ waarden: [(String, String?)]) -> String? {
        kies(veld, waarden.map { ($0.0, leegIsNil($0.1).map(Normalisatie.enkeleSpaties)) },
             tekst: { $0 }, strijdig: nil)
    }

    /// Lists (betrokkenen, gericht_op): the union, in source order, without
    /// repeats that differ only in case or spacing.
    static func vereniging(_ lijsten: [[String]]) -> [String] {
        var gezien = Set<String>()
        var uit: [String] = []
        for lijst in lijsten {
            for waarde in lijst where gezien.insert(Normalisatie.normaal(waarde)).inserted {
                uit.append(waarde)
            }
        }
        return uit
    }

    /// Day before month before period before year; an approximate date is less
    /// precise than the same date without `ca.`.
    static func rang(_ d: Datum) -> Int { d.precisie.rang * 2 + (d.ca ? 1 : 0) }

    /// Two dates contradict when their intervals are disjoint: `2019` and
    /// `juni 2019` agree, `3 juni 2019` and `5 juni 2019` do not.
    static func strijdig(_ a: Datum, _ b: Datum) -> Bool { a.tot < b.van || b.tot < a.van }

    private func leegIsNil(_ s: String?) -> String? {
        guard let s, !s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return s
    }
}
