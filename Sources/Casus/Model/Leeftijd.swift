/// How old a child was at an item's date, in whole years: the least and the
/// greatest age possible given both fuzzy intervals (birth and item date).
public struct Leeftijd: Sendable, Hashable, Codable {
    public var gezinslid: String
    public var van: Int
    public var tot: Int

    public init(gezinslid: String, van: Int, tot: Int) {
        self.gezinslid = gezinslid
        self.van = van
        self.tot = tot
    }

    /// nil when the date lies wholly before the earliest possible birth; a date that
    /// may lie before birth starts at 0. Equal `van` and `tot` mean the age is certain.
    public static func bereken(geboren: Datum, op datum: Datum) -> (van: Int, tot: Int)? {
        guard datum.tot >= geboren.van else { return nil }
        let jongst = max(0, jaren(geboren: geboren.tot, op: datum.van))
        let oudst = max(0, jaren(geboren: geboren.van, op: datum.tot))
        return (min(jongst, oudst), oudst)
    }

    /// Completed years; someone born on 29 February is a year older on 1 March
    /// in a year without that day.
    public static func jaren(geboren: Dag, op dag: Dag) -> Int {
        let verjaard = (dag.maand, dag.dag) >= (geboren.maand, geboren.dag)
        return dag.jaar - geboren.jaar - (verjaard ? 0 : 1)
    }
}
