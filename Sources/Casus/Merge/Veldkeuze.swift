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

/// The facilitator's pick for one field (`kies` in sessie.yaml): a source's
/// own value, or the session's own text.
struct Voorkeur: Hashable, Sendable {
    var bron: String?
    var tekst: String?
}

/// Chooses each field's display value from the sources' values, by the rule of
/// docs/samenvoegen.md, and records a conflict when sources contradict:
/// (a) the facilitator's pick; (b) a first-hand source; (c) for dates the
/// narrowest interval, and the span when equally narrow ones differ; (d) a source
/// that speaks for one party comes after every other source — checked before (b),
/// since "after every other" leaves no exception; (e) the value most sources
/// gave, then the first source in id order. Missing values (and `onbekend`) are
/// not votes: silence is not disagreement.
struct Veldkeuze {
    static let facilitator = "keuze van de facilitator"
    static let nietEenPartij = "niet van een bron die voor één partij spreekt"
    static let eersteHand = "eerstehands bron"
    static let smalste = "smalste datum"
    static let spanne = "even smalle datums verschillen: de hele spanne"
    static let meesteBronnen = "door de meeste bronnen genoemd"
    static let eersteBron = "eerste bron op id-volgorde"

    let kennis: Bronkennis
    let voorkeuren: [String: Voorkeur]
    /// Sources that are first-hand for this item (rule b); set per kind of item.
    var eersteHandBronnen: Set<String> = []
    private(set) var conflicten: [ConflictOntwerp] = []
    /// Picks that could not be applied, with the reason (a waarschuwing each).
    private(set) var afgewezen: [(veld: String, reden: String)] = []
    /// Fields asked about, so a pick on a field the item lacks is reported.
    private(set) var velden: Set<String> = []

    init(kennis: Bronkennis = Bronkennis(), voorkeuren: [String: Voorkeur] = [:]) {
        self.kennis = kennis
        self.voorkeuren = voorkeuren
    }

    private struct Kandidaat<W> {
        var waarde: W
        var bronnen: [String]
    }

    /// - Parameters:
    ///   - waarden: (source id, value) in source-id order.
    ///   - breedte: for dates, how wide the value is (lower is narrower).
    ///   - strijdig: whether two different values contradict; nil = never a conflict
    ///     (free text, where each source's wording is kept in `per_bron`).
    ///   - lees: reads the session's own text for this field (a pick with `tekst`).
    ///   - spanne: for dates, the span of equally narrow values (nil when they are one interval).
    mutating func kies<W: Hashable>(_ veld: String, _ waarden: [(String, W?)],
                                    tekst: (W) -> String,
                                    breedte: ((W) -> Int)? = nil,
                                    strijdig: ((W, W) -> Bool)? = { $0 != $1 },
                                    lees: (String) -> W?,
                                    spanne: (([W]) -> W?)? = nil) -> W? {
        velden.insert(veld)
        let genoemd = waarden.compactMap { bron, w in w.map { (bron: bron, waarde: $0) } }
        var kandidaten: [Kandidaat<W>] = []
        var plek: [W: Int] = [:]
        for (bron, w) in genoemd {
            if let i = plek[w] { kandidaten[i].bronnen.append(bron) } else {
                plek[w] = kandidaten.count
                kandidaten.append(Kandidaat(waarde: w, bronnen: [bron]))
            }
        }
        let voorkeur = voorkeuren[veld].flatMap { pasToe($0, veld, genoemd, kandidaten.count, lees) }
        guard kandidaten.count > 1 || voorkeur != nil else { return kandidaten.first?.waarde }

        let (gekozen, reden) = voorkeur.map { ($0, Veldkeuze.facilitator) }
            ?? regel(kandidaten, breedte: breedte, spanne: spanne)
        if let strijdig, heeftStrijd(kandidaten.map(\.waarde), strijdig) {
            conflicten.append(ConflictOntwerp(
                veld: veld,
                waarden: genoemd.map { ConflictWaarde(bron: $0.bron, waarde: tekst($0.waarde)) },
                gekozen: tekst(gekozen), keuze: reden))
        }
        return gekozen
    }

    /// Rules (b) to (e), each narrowing the candidates; the reason is the rule
    /// that left one.
    private func regel<W>(_ alle: [Kandidaat<W>], breedte: ((W) -> Int)?,
                          spanne: (([W]) -> W?)?) -> (W, String) {
        var over = alle
        func vernauw(_ reden: String, _ houd: (Kandidaat<W>) -> Bool) -> (W, String)? {
            let rest = over.filter(houd)
            if !rest.isEmpty && rest.count < over.count { over = rest }
            return over.count == 1 && rest.count == 1 ? (over[0].waarde, reden) : nil
        }
        if let r = vernauw(Veldkeuze.nietEenPartij, { $0.bronnen.contains { !kennis.eenPartij($0) } }) { return r }
        // A one-party source is first-hand only when no other source is left.
        let alleenPartij = over.allSatisfy { $0.bronnen.allSatisfy(kennis.eenPartij) }
        if let r = vernauw(Veldkeuze.eersteHand, { $0.bronnen.contains { b in
            eersteHandBronnen.contains(b) && (alleenPartij || !kennis.eenPartij(b))
        } }) { return r }
        if let breedte {
            let smalst = over.map { breedte($0.waarde) }.min() ?? 0
            if let r = vernauw(Veldkeuze.smalste, { breedte($0.waarde) == smalst }) { return r }
            if let spanne, let s = spanne(over.map(\.waarde)) { return (s, Veldkeuze.spanne) }
        }
        let meeste = over.map(\.bronnen.count).max() ?? 0
        if let r = vernauw(Veldkeuze.meesteBronnen, { $0.bronnen.count == meeste }) { return r }
        let eerste = over.min { $0.bronnen.min()! < $1.bronnen.min()! }!
        return (eerste.waarde, Veldkeuze.eersteBron)
    }

    /// The facilitator's pick, when it can be applied; else the reason is kept.
    private mutating func pasToe<W>(_ v: Voorkeur, _ veld: String, _ genoemd: [(bron: String, waarde: W)],
                                    _ verschillend: Int, _ lees: (String) -> W?) -> W? {
        guard verschillend > 1 else {
            afgewezen.append((veld, "veld \(veld) heeft geen verschillende waarden om uit te kiezen"))
            return nil
        }
        if let bron = v.bron {
            guard let w = genoemd.first(where: { $0.bron == bron })?.waarde else {
                afgewezen.append((veld, "bron \(bron) heeft geen waarde voor \(veld)"))
                return nil
            }
            return w
        }
        guard let tekst = v.tekst, let w = lees(tekst) else {
            afgewezen.append((veld, "'\(v.tekst ?? "")' is geen geldige waarde voor \(veld)"))
            return nil
        }
        return w
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
}

extension Veldkeuze {
    mutating func datum(_ veld: String, _ waarden: [(String, Datum?)]) -> Datum? {
        kies(veld, waarden, tekst: \.tekst, breedte: Veldkeuze.breedte, strijdig: Veldkeuze.strijdig,
             lees: DatumParser.parse, spanne: Veldkeuze.spanne)
    }

    mutating func woord<W: Vocabulaire>(_ veld: String, _ waarden: [(String, W?)],
                                        onbekend: W? = nil) -> W? {
        kies(veld, waarden.map { ($0.0, $0.1 == onbekend ? nil : $0.1) }, tekst: \.rawValue, lees: W.gelezen)
    }

    /// A short text that is a fact (a role, a gemeente): a conflict when the
    /// normalised texts differ.
    mutating func feit(_ veld: String, _ waarden: [(String, String?)]) -> String? {
        kies(veld, waarden.map { ($0.0, Self.leegIsNil($0.1)) }, tekst: { $0 },
             strijdig: { Normalisatie.normaal($0) != Normalisatie.normaal($1) }, lees: Self.leegIsNil)
    }

    /// Free text: the display shows one wording, `per_bron` keeps them all.
    /// Spacing does not count as a different wording.
    mutating func tekst(_ veld: String, _ waarden: [(String, String?)]) -> String? {
        kies(veld, waarden.map { ($0.0, Self.leegIsNil($0.1).map(Normalisatie.enkeleSpaties)) },
             tekst: { $0 }, strijdig: nil, lees: Self.leegIsNil)
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

    /// Rule (c): how wide a date is. A day, a month, a year count as one width
    /// each (February is not narrower than March, nor 1985 than 1984); periods
    /// (`Q2`, `voorjaar`, `begin`) by their days, between month and year; an
    /// approximate date is a little wider than the same date without `ca.`.
    static func breedte(_ d: Datum) -> Int {
        let dagen = d.precisie == .periode ? d.tot.dagnummer - d.van.dagnummer : 0
        return (d.precisie.rang * 10_000 + dagen) * 2 + (d.ca ? 1 : 0)
    }

    /// Equally narrow dates that differ: the span from the first to the last,
    /// written as both ("3 juni 2019 – 5 juni 2019").
    static func spanne(_ datums: [Datum]) -> Datum? {
        guard Set(datums.map { [$0.van, $0.tot] }).count > 1 else { return nil }
        let gesorteerd = datums.sorted { ($0.van, $0.tot, $0.tekst) < ($1.van, $1.tot, $1.tekst) }
        let eerste = gesorteerd[0], laatste = gesorteerd.max { $0.tot < $1.tot } ?? gesorteerd[0]
        return Datum(tekst: "\(eerste.tekst) – \(laatste.tekst)", van: eerste.van,
                     tot: max(eerste.tot, laatste.tot), precisie: .periode, ca: datums.contains(where: \.ca))
    }

    /// Two dates contradict when their intervals are disjoint: `2019` and
    /// `juni 2019` agree, `3 juni 2019` and `5 juni 2019` do not.
    static func strijdig(_ a: Datum, _ b: Datum) -> Bool { a.tot < b.van || b.tot < a.van }

    static func leegIsNil(_ s: String?) -> String? {
        guard let s, !s.zonderWitruimte.isEmpty else { return nil }
        return s
    }
}
