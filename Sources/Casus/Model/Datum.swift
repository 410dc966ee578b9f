/// A date as a professional wrote it: an interval [van, tot] with a precision and
/// an approximate flag. Retrospective analysis runs on memory, so "voorjaar 2019"
/// is as valid as "2019-03-14"; the interval keeps what is known and no more.
public struct Datum: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public enum Precisie: String, Sendable, Hashable, Codable, CaseIterable {
        case dag, maand, periode, jaar

        /// Lower is more precise; used to choose between conflicting sources.
        public var rang: Int {
            switch self {
            case .dag: 0
            case .maand: 1
            case .periode: 2
            case .jaar: 3
            }
        }
    }

    /// The text exactly as written in the format.
    public var tekst: String
    public var van: Dag
    public var tot: Dag
    public var precisie: Precisie
    public var ca: Bool

    public init(tekst: String, van: Dag, tot: Dag, precisie: Precisie, ca: Bool = false) {
        self.tekst = tekst
        self.van = van
        self.tot = tot
        self.precisie = precisie
        self.ca = ca
    }

    /// Sorting uses the interval start, then the end (spec: Dates).
    public static func < (lhs: Datum, rhs: Datum) -> Bool {
        (lhs.van, lhs.tot, lhs.tekst) < (rhs.van, rhs.tot, rhs.tekst)
    }

    public var description: String { tekst }
}
