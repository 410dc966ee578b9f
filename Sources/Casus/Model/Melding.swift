/// A problem found in the input, with its place: the one error type of Casus.
/// Line and column are 1-based, like Yams's marks. In a workbook the place is a sheet
/// and a cell (`blad`, `cel`); `regel`/`kolom` then hold the cell's row and column for sorting.
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
    /// Sheet name, for a problem in a workbook (.xlsx).
    public var blad: String?
    /// Cell reference such as `B7`, for a problem in a workbook.
    public var cel: String?

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

    /// The same problem placed at a cell of a workbook sheet.
    public func opCel(blad: String, cel: String, rij: Int, kolom: Int) -> Melding {
        var melding = self
        melding.blad = blad
        melding.cel = cel
        melding.regel = max(1, rij)
        melding.kolom = max(1, kolom)
        return melding
    }

    /// `PATH:LINE:COLUMN` in a text file, `PATH:BLAD!CEL` in a workbook (cli.md).
    public var plaats: String {
        guard let blad else { return "\(pad):\(regel):\(kolom)" }
        return "\(pad):\(blad)!\(cel ?? "A1")"
    }

    /// `PLACE: fout: MESSAGE` (cli.md), the hint after it on the same line.
    public var description: String {
        var regelTekst = "\(plaats): \(ernst.rawValue): \(bericht)"
        if let hint { regelTekst += " — \(hint)" }
        return regelTekst
    }

    public static func < (lhs: Melding, rhs: Melding) -> Bool {
        (lhs.pad, lhs.blad ?? "", lhs.regel, lhs.kolom, lhs.bericht)
            < (rhs.pad, rhs.blad ?? "", rhs.regel, rhs.kolom, rhs.bericht)
    }
}

extension Array where Element == Melding {
    public var fouten: [Melding] { filter { $0.ernst == .fout } }
    public var waarschuwingen: [Melding] { filter { $0.ernst == .waarschuwing } }
    public var heeftFouten: Bool { contains { $0.ernst == .fout } }
}
