/// Which framework (vrijwillig or gedwongen) was in force on a given day.
/// Rule: the `naar` of the last kader transition on or before the day (both
/// compared by their interval start); before the first transition its `van`
/// (normally vrijwillig); a casus without transitions is vrijwillig throughout.
public struct KaderOpDatum: Sendable {
    private let overgangen: [KaderOvergang]

    public init(_ overgangen: [KaderOvergang]) {
        self.overgangen = overgangen.sorted { $0.datum < $1.datum }
    }

    public func kader(op dag: Dag) -> Kader {
        guard let eerste = overgangen.first else { return .vrijwillig }
        var geldend = eerste.van
        for overgang in overgangen {
            if overgang.datum.van > dag { break }
            geldend = overgang.naar
        }
        return geldend
    }
}
