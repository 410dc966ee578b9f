import Foundation

/// A spreadsheet as intake sees it: sheets of rows of cell texts, already resolved
/// (shared strings, cached formula values, date cells as days). The zip and XML work
/// lives in the adapter target CasusXLSX, so the domain links no zip library.
public struct Werkboek: Sendable, Hashable {
    public struct Cel: Sendable, Hashable {
        /// 1-based column number (A = 1).
        public var kolom: Int
        public var tekst: String
        /// Excel's error value (`#DEEL/0!`, `#N/B`) when the cell holds one.
        public var fout: String?

        public init(kolom: Int, tekst: String, fout: String? = nil) {
            self.kolom = kolom
            self.tekst = tekst
            self.fout = fout
        }
    }

    public struct Rij: Sendable, Hashable {
        /// 1-based row number as in the sheet.
        public var nummer: Int
        public var cellen: [Cel]

        public init(nummer: Int, cellen: [Cel]) {
            self.nummer = nummer
            self.cellen = cellen
        }

        public func cel(_ kolom: Int) -> Cel? { cellen.first { $0.kolom == kolom } }
    }

    public struct Blad: Sendable, Hashable {
        public var naam: String
        public var rijen: [Rij]

        public init(naam: String, rijen: [Rij]) {
            self.naam = naam
            self.rijen = rijen
        }
    }

    public var bladen: [Blad]

    public init(bladen: [Blad]) { self.bladen = bladen }

    /// A1-style reference of a cell: column letters then row number.
    public static func celNaam(kolom: Int, rij: Int) -> String {
        var letters = ""
        var n = max(1, kolom)
        while n > 0 {
            let rest = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + rest))) + letters
            n = (n - 1) / 26
        }
        return "\(letters)\(rij)"
    }
}

/// Reads and writes workbooks as bytes: implemented by CasusXLSX and registered by the
/// program at start (`Werkboeken.registreer`), so intake can take .xlsx wherever YAML goes.
public protocol WerkboekCodec: Sendable {
    /// The workbook, or nil with at least one fout (never a crash) for hostile or broken files.
    func lees(_ data: Data, pad: String) -> (Werkboek?, [Melding])
    func schrijf(_ ontwerp: WerkboekOntwerp) throws -> Data
}

/// The registered workbook codec; none means .xlsx files get a Dutch fout.
public enum Werkboeken {
    private final class Register: @unchecked Sendable {
        let slot = NSLock()
        var codec: (any WerkboekCodec)?
    }

    private static let register = Register()

    public static func registreer(_ codec: any WerkboekCodec) {
        register.slot.lock()
        defer { register.slot.unlock() }
        register.codec = codec
    }

    public static var codec: (any WerkboekCodec)? {
        register.slot.lock()
        defer { register.slot.unlock() }
        return register.codec
    }

    /// True for names intake reads as a workbook (Excel's `~$` lock files excluded).
    public static func isWerkboek(_ pad: String) -> Bool {
        let naam = (pad as NSString).lastPathComponent
        return naam.lowercased().hasSuffix(".xlsx") && !naam.hasPrefix("~$")
    }
}
