/// A run of whole days, both ends included.
public struct DagInterval: Sendable, Hashable {
    public var van: Dag
    public var tot: Dag

    public init(van: Dag, tot: Dag) {
        self.van = van
        self.tot = tot
    }

    /// Inclusive: one day when `van == tot`.
    public var dagen: Int { max(0, tot - van + 1) }
}

/// Unions and gaps of day intervals, for time in help and time without it.
enum Dagenreeks {
    /// Sorted, non-overlapping intervals covering exactly the days of `intervallen`.
    static func vereniging(_ intervallen: [DagInterval]) -> [DagInterval] {
        var uit: [DagInterval] = []
        for i in intervallen.sorted(by: { ($0.van, $0.tot) < ($1.van, $1.tot) }) {
            if let laatste = uit.last, i.van <= laatste.tot.plus(dagen: 1) {
                uit[uit.count - 1].tot = max(laatste.tot, i.tot)
            } else {
                uit.append(i)
            }
        }
        return uit
    }

    /// The longest run of days in `periode` not covered by `bedekt` (a union).
    static func langsteGat(in periode: DagInterval, buiten bedekt: [DagInterval]) -> Int {
        var langste = 0
        var begin = periode.van
        for b in bedekt where b.tot >= periode.van && b.van <= periode.tot {
            if b.van > begin { langste = max(langste, b.van - begin) }
            begin = max(begin, b.tot.plus(dagen: 1))
        }
        if begin <= periode.tot { langste = max(langste, periode.tot - begin + 1) }
        return langste
    }
}
