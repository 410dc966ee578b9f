import Casus

/// A made-up casus of any size, for the merge benchmark and property tests.
///
/// It draws "true" items (events, interventies, kader transitions, regie
/// periods, people) and lets 1 to 4 of the sources report each one in their own
/// way: other date precision, a shifted day, other casing and spacing, other
/// words, sometimes another `einde` or `afloop`. Every entry remembers which true
/// item it reports, so the merge can be scored. Fully determined by `seed`.
public struct SynthetischeCasus: Sendable {
    public var formats: [TijdlijnFormat]
    /// `bron-id|soort|canonical entry` → id of the true item the entry reports.
    public var waarheid: [String: String]

    public static func maak(entries: Int, bronnen: Int, seed: UInt64 = 1) -> SynthetischeCasus {
        var maker = SyntheseMaker(seed: seed, bronnen: max(1, bronnen))
        maker.vul(tot: max(0, entries))
        return SynthetischeCasus(formats: maker.formats, waarheid: maker.waarheid)
    }

    /// Pairwise precision and recall of a merged timeline against the truth:
    /// of all pairs of entries merged into one item, the share that report the
    /// same true item, and of all pairs that report the same true item, the share
    /// that were merged.
    public func score(_ tijdlijn: Tijdlijn) -> (precisie: Double, volledigheid: Double) {
        let canoniek = Canoniek()
        var groepen: [[String]] = []
        func neem<T: Encodable>(_ items: [TijdlijnItem<T>], _ soort: String) {
            for item in items {
                groepen.append(item.perBron.map {
                    waarheid["\($0.bron)|\(soort)|\(canoniek.sleutel($0.inhoud))"] ?? "?"
                })
            }
        }
        neem(tijdlijn.gezinsleden, "gezinslid"); neem(tijdlijn.netwerk, "netwerk")
        neem(tijdlijn.gebeurtenissen, "gebeurtenis"); neem(tijdlijn.interventies, "interventie")
        neem(tijdlijn.kader, "kader"); neem(tijdlijn.regie, "regie")

        func paren(_ n: Int) -> Int { n * (n - 1) / 2 }
        var samengevoegd = 0, goed = 0
        var perWaarheid: [String: Int] = [:]
        for groep in groepen {
            samengevoegd += paren(groep.count)
            var tel: [String: Int] = [:]
            for w in groep { tel[w, default: 0] += 1; perWaarheid[w, default: 0] += 1 }
            goed += tel.values.reduce(0) { $0 + paren($1) }
        }
        let echt = perWaarheid.values.reduce(0) { $0 + paren($1) }
        return (samengevoegd == 0 ? 1 : Double(goed) / Double(samengevoegd),
                echt == 0 ? 1 : Double(goed) / Double(echt))
    }
}
