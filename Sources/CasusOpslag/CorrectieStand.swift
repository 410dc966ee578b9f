import Casus

/// Where a stored correction stands after the casus was merged again: applied,
/// or skipped (a re-import made it obsolete) with the merge's reason.
public struct CorrectieStand: Sendable, Hashable {
    public var correctie: OpgeslagenCorrectie
    /// nil when the merge applied it.
    public var vervallen: String?

    /// Stored corrections in order; the merge numbers each kind from 0 in that order.
    public static func stand(_ correcties: [OpgeslagenCorrectie],
                             overgeslagen: [OvergeslagenCorrectie]) -> [CorrectieStand] {
        var teller: [OvergeslagenCorrectie.Soort: Int] = [:]
        return correcties.map { c in
            let soort: OvergeslagenCorrectie.Soort
            switch c.soort {
            case .koppel: soort = .koppel
            case .ontkoppel: soort = .ontkoppel
            }
            let index = teller[soort, default: 0]
            teller[soort] = index + 1
            let reden = overgeslagen.first { $0.soort == soort && $0.index == index }?.reden
            return CorrectieStand(correctie: c, vervallen: reden)
        }
    }

    /// One line: number, what, who, and its state.
    public var regel: String {
        var regel = "#\(correctie.nummer) \(Werkbank.beschrijf(correctie.soort)) (door \(correctie.door))"
        regel += vervallen.map { " — VERVALLEN: \($0); de correctie blijft bewaard maar doet niets" } ?? " — toegepast"
        return regel
    }
}
