/// The spec's date semantics in one place: "a rule holds when it holds for the dates
/// as written (interval start for starts, interval end for ends)". Day differences are
/// plain date differences (`b − a` in days).
extension Interventie {
    /// The first day it can have started.
    var startDag: Dag { start.van }

    /// Whether what was written says the help has ended, even without an `einde`.
    var zegtAfgelopen: Bool {
        if afloop == .lopend { return false }
        if overdracht != nil { return true }  // overdracht says how it ended
        switch afloop {
        case .doelBereikt, .deels, .nietGelukt, .voortijdigGestopt: return true
        case .lopend, .onbekend, nil: return false
        }
    }

    /// The end as the rules compare it: the last day of the written `einde`. Without an
    /// `einde` it has one only when afloop or overdracht says it ended; then the last day
    /// of its start's interval stands in (the earliest it can have ended). Without either,
    /// its end is unknown and rules that need an end leave it out.
    var eindDag: Dag? {
        if let einde { return einde.tot }
        return zegtAfgelopen ? start.tot : nil
    }

    /// True when `eindDag` is the stand-in, so explanations can say the end is unknown.
    var eindeOnbekend: Bool { einde == nil }
}

extension Regieperiode {
    /// Last day of the written `tot`; nil means still holding (spec: absent means still holding).
    var eindDag: Dag? { tot?.tot }
}

/// Items ordered by the spec's sort: interval start, then end, then id for a stable order.
func chronologisch<T>(_ items: [TijdlijnItem<T>], op datum: (T) -> Datum) -> [TijdlijnItem<T>] {
    items.sorted {
        let a = datum($0.inhoud), b = datum($1.inhoud)
        return (a.van, a.tot, $0.id) < (b.van, b.tot, $1.id)
    }
}
