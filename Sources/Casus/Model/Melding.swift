/// A problem found in the input, with its place: the one error type of Casus.
/// Line and column are 1-based, like Yams's marks.
public struct Melding: Error, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public enum Ernst: String, Sendable, Hashable, Codable {
        case fout, waarschuwing
    }

    public var pad: String
    public var regel: Int
    public var kolom: Int
    public var ernst: Ernst
    /// What is wrong, in Dutch.
    public var bericht: String
    /// What to do about it, in Dutch.
    public var hint: String?

    public init(pad: String, regel: Int = 1, kolom: Int = 1, ernst: Ernst = .fout,
                bericht: String, hint: String? = nil) {
        self.pad = pad
        self.regel = max(1, regel)
        self.kolom = max(1, kolom)
        self.ernst = ernst
        self.bericht = bericht
        self.hint = hint
    }

    public static func fout(_ bericht: String, pad: String, regel: Int = 1, kolom: Int = 1,
                            hint: String? = nil) -> Melding {
        Melding(pad: pad, regel: regel, kolom: kolom, ernst: .fout, bericht: bericht, hint: hint)
    }

    public static func waarschuwing(_ bericht: String, pad: String, regel: Int = 1,
                                    kolom: Int = 1, hint: String? = nil) -> Melding {
        Melding(pad: pad, regel: regel, kolom: kolom, ernst: .waarschuwing, bericht: bericht,
                hint: hint)
    }

    /// `PATH:LINE:COLUMN: fout: MESSAGE` (cli.md), the hint after it on the same line.
    public var description: String {
        var regelTekst = "\(pad):\(regel):\(kolom): \(ernst.rawValue): \(bericht)"
        if let hint { regelTekst += " — \(hint)" }
        return regelTekst
    }

    public static func < (lhs: Melding, rhs: Melding) -> Bool {
        (lhs.pad, lhs.regel, lhs.kolom, lhs.bericht) < (rhs.pad, rhs.regel, rhs.kolom, rhs.bericht)
    }
}

extension Array where Element == Melding {
    public var fouten: [Melding] { filter { $0.ernst == .fout } }
    public var waarschuwingen: [Melding] { filter { $0.ernst == .waarschuwing } }
    public var heeftFouten: Bool { contains { $0.ernst == .fout } }
}
