import Foundation

/// A calendar day without time zone, encoded as "YYYY-MM-DD".
/// Kept as plain numbers so date arithmetic never depends on the machine's locale or zone.
public struct Dag: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let jaar: Int
    public let maand: Int
    public let dag: Int

    public init(_ jaar: Int, _ maand: Int, _ dag: Int) {
        self.jaar = jaar
        self.maand = maand
        self.dag = dag
    }

    public static func isGeldig(_ jaar: Int, _ maand: Int, _ dag: Int) -> Bool {
        (1...12).contains(maand) && dag >= 1 && dag <= dagenInMaand(jaar, maand)
    }

    public static func isSchrikkeljaar(_ jaar: Int) -> Bool {
        (jaar % 4 == 0 && jaar % 100 != 0) || jaar % 400 == 0
    }

    public static func dagenInMaand(_ jaar: Int, _ maand: Int) -> Int {
        switch maand {
        case 2: return isSchrikkeljaar(jaar) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func laatsteVanMaand(_ jaar: Int, _ maand: Int) -> Dag {
        Dag(jaar, maand, dagenInMaand(jaar, maand))
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences and offsets.
    public var dagnummer: Int {
        // Howard Hinnant's days_from_civil.
        let y = maand <= 2 ? jaar - 1 : jaar
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (maand + 9) % 12
        let doy = (153 * mp + 2) / 5 + dag - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dagnummer z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public func plus(dagen: Int) -> Dag { Dag(dagnummer: dagnummer + dagen) }

    /// Adds calendar months, clamping the day to the target month's length.
    public func plus(maanden: Int) -> Dag {
        let totaal = jaar * 12 + (maand - 1) + maanden
        let j = totaal >= 0 ? totaal / 12 : (totaal - 11) / 12
        let m = totaal - j * 12 + 1
        return Dag(j, m, min(dag, Dag.dagenInMaand(j, m)))
    }

    public static func - (lhs: Dag, rhs: Dag) -> Int { lhs.dagnummer - rhs.dagnummer }

    public static func < (lhs: Dag, rhs: Dag) -> Bool {
        (lhs.jaar, lhs.maand, lhs.dag) < (rhs.jaar, rhs.maand, rhs.dag)
    }

    public var description: String {
        // Hand-padded: String(format:) dominated the cost of encoding a timeline.
        func pad(_ n: Int, _ breedte: Int) -> String {
            let s = String(n)
            return s.count >= breedte ? s : String(repeating: "0", count: breedte - s.count) + s
        }
        return "\(pad(jaar, 4))-\(pad(maand, 2))-\(pad(dag, 2))"
    }

    public init(from decoder: Decoder) throws {
        let tekst = try decoder.singleValueContainer().decode(String.self)
        let delen = tekst.split(separator: "-").compactMap { Int($0) }
        guard delen.count == 3, Dag.isGeldig(delen[0], delen[1], delen[2]) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "geen dag: \(tekst)"))
        }
        self.init(delen[0], delen[1], delen[2])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
