/// One source's entry on its way into the merge.
struct Invoer<T> {
    var bron: String
    var inhoud: T
    /// Canonical JSON of `inhoud`: the tie-breaker that makes every ordering
    /// independent of file order.
    var sleutel: String
}

/// Two entries (indices into the canonically sorted entries) that may describe
/// the same thing, and how strongly: higher scores are joined first.
struct Paar {
    var a: Int
    var b: Int
    var score: Int
    /// Weak evidence (a shared person, no shared words): it may only join two
    /// groups of which no two members contradict each other (`botst`).
    var zwak = false
}

/// Constrained single-linkage clustering.
///
/// Candidate pairs are joined strongest first (ties by index, and indices follow
/// the canonical order), and only when the two groups share no source: entries of
/// one source are never merged with each other. Because the entries are sorted
/// canonically before pairs are made, the result does not depend on file order.
enum Groepering {
    static func groepeer(bronnen: [String], paren: [Paar], botst: (Int, Int) -> Bool = { _, _ in false }) -> [[Int]] {
        var ouder = Array(bronnen.indices)
        var bronSets: [Set<String>] = bronnen.map { [$0] }
        var leden: [[Int]] = bronnen.indices.map { [$0] }

        func wortel(_ x: Int) -> Int {
            var x = x
            while ouder[x] != x {
                ouder[x] = ouder[ouder[x]]
                x = ouder[x]
            }
            return x
        }

        let volgorde = paren.sorted { ($1.score, $0.a, $0.b) < ($0.score, $1.a, $1.b) }
        for paar in volgorde {
            let ra = wortel(paar.a), rb = wortel(paar.b)
            guard ra != rb, bronSets[ra].isDisjoint(with: bronSets[rb]) else { continue }
            if paar.zwak, leden[ra].contains(where: { x in leden[rb].contains { botst(x, $0) } }) { continue }
            // Smaller index becomes the root; merge the smaller set into the larger.
            let (nieuw, oud) = ra < rb ? (ra, rb) : (rb, ra)
            ouder[oud] = nieuw
            if bronSets[nieuw].count < bronSets[oud].count { bronSets.swapAt(nieuw, oud) }
            bronSets[nieuw].formUnion(bronSets[oud])
            bronSets[oud] = []
            leden[nieuw] += leden[oud]
            leden[oud] = []
        }

        var groepen: [Int: [Int]] = [:]
        for i in bronnen.indices { groepen[wortel(i), default: []].append(i) }
        return groepen.values.sorted { $0[0] < $1[0] }
    }

    /// All pairs of intervals `[van, tot]` (day numbers) whose gap is at most
    /// `marge` days, from different sources. A sweep over the sorted starts keeps
    /// only the intervals still open, so the work follows the number of
    /// overlapping pairs, not n².
    static func overlappend(_ intervallen: [(index: Int, bron: String, van: Int, tot: Int)],
                            marge: Int, _ gevonden: (Int, Int) -> Void) {
        let gesorteerd = intervallen.sorted { ($0.van, $0.index) < ($1.van, $1.index) }
        var open: [(index: Int, bron: String, van: Int, tot: Int)] = []
        for huidig in gesorteerd {
            open.removeAll { $0.tot + marge < huidig.van }
            for ander in open where ander.bron != huidig.bron {
                gevonden(min(ander.index, huidig.index), max(ander.index, huidig.index))
            }
            open.append(huidig)
        }
    }

    /// Entries from all sources, each with its canonical key, sorted by source
    /// then key.
    static func invoer<T: Encodable>(_ perBron: [(bron: String, items: [T])],
                                     canoniek: Canoniek) -> [Invoer<T>] {
        var uit: [Invoer<T>] = []
        for (bron, items) in perBron {
            for item in items {
                uit.append(Invoer(bron: bron, inhoud: item, sleutel: canoniek.sleutel(item)))
            }
        }
        return uit.sorted { ($0.bron, $0.sleutel) < ($1.bron, $1.sleutel) }
    }

    /// Gap in days between two intervals; negative when they overlap.
    static func gat(_ a: (van: Int, tot: Int), _ b: (van: Int, tot: Int)) -> Int {
        max(a.van, b.van) - min(a.tot, b.tot)
    }

    /// Pairs whose bucket key is equal and whose intervals lie at most `marge`
    /// days apart: buckets first, then a sweep inside each, never all pairs.
    static func perSleutel<T>(_ invoer: [Invoer<T>], sleutel: (T) -> String,
                              interval: (T) -> (van: Int, tot: Int), marge: Int,
                              _ gevonden: (Int, Int) -> Void) {
        var emmers: [String: [(index: Int, bron: String, van: Int, tot: Int)]] = [:]
        for (i, e) in invoer.enumerated() {
            let iv = interval(e.inhoud)
            emmers[sleutel(e.inhoud), default: []].append((i, e.bron, iv.van, iv.tot))
        }
        for emmer in emmers.values where emmer.count > 1 {
            overlappend(emmer, marge: marge, gevonden)
        }
    }
}
