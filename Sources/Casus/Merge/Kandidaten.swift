/// Which entries are worth comparing at all, without comparing all pairs: two
/// entries can only be one item when they share a kenmerk (a word stem of the
/// text, a person), so candidates come from the entries of each kenmerk, swept
/// by date. A kenmerk that more than `Drempels.maximumBronnenPerKenmerk` sources
/// use says nothing about which entry is which ("iets" in a thousand formats):
/// it makes no candidates. Entries with the very same text stay candidates
/// through their text, however many sources wrote it. Real casussen have far
/// fewer sources than the maximum, so there nothing changes.
enum Kandidaten {
    typealias Interval = (index: Int, bron: String, van: Int, tot: Int)

    /// Each candidate pair (i < j, different sources, dates at most `marge` apart) once.
    static func paren(kenmerken: [Set<String>], teksten: [String], intervallen: [Interval],
                      marge: Int, _ gevonden: (Int, Int) -> Void) {
        var perKenmerk: [String: [Int]] = [:]
        for (i, set) in kenmerken.enumerated() {
            for k in set { perKenmerk[k, default: []].append(i) }
        }
        var gezien = Set<Int>()
        let n = intervallen.count
        let meld = { (i: Int, j: Int) in
            if gezien.insert(i * n + j).inserted { gevonden(i, j) }
        }
        for (_, leden) in perKenmerk where leden.count > 1 {
            let bronnen = Set(leden.map { intervallen[$0].bron })
            guard bronnen.count > 1, bronnen.count <= Drempels.maximumBronnenPerKenmerk else { continue }
            Groepering.overlappend(leden.map { intervallen[$0] }, marge: marge, meld)
        }
        var perTekst: [String: [Int]] = [:]
        for (i, tekst) in teksten.enumerated() where !tekst.isEmpty { perTekst[tekst, default: []].append(i) }
        for (_, leden) in perTekst where leden.count > 1 {
            keten(leden.map { intervallen[$0] }, marge: marge, meld)
        }
    }

    /// Identical texts: each entry with the next few in date order from other sources,
    /// so single linkage still joins them all while the work stays linear.
    static func keten(_ leden: [Interval], marge: Int, _ gevonden: (Int, Int) -> Void) {
        let gesorteerd = leden.sorted { ($0.van, $0.index) < ($1.van, $1.index) }
        for (x, a) in gesorteerd.enumerated() {
            var gekoppeld = 0
            for b in gesorteerd[(x + 1)...] {
                if b.van > a.tot + marge || gekoppeld == 4 { break }
                guard b.bron != a.bron else { continue }
                gevonden(min(a.index, b.index), max(a.index, b.index))
                gekoppeld += 1
            }
        }
    }
}
