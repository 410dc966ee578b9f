import Foundation

/// The writer's state: the bytes so far and the open values. Held behind a pointer by
/// `Schrijver` (a class, as `Encoder` needs one) so that its many small writes are plain
/// memory accesses, without the runtime's exclusivity checks on class properties.
struct JSONBytes {
    private var p: UnsafeMutablePointer<UInt8>
    private(set) var n = 0
    private var capaciteit = 1 << 16
    /// Set when a value used the encoder in a way the writer does not reproduce.
    var mislukt = false
    /// Open values, innermost last; `sleutels`/`begin` hold the members of every open object.
    var lagen: [Laag] = []
    var sleutels: [String] = []
    var begin: [Int] = []
    private var kladblok: [UInt8] = []
    private var ordeningen = JSONSleutelOrde()

    struct Laag {
        enum Soort { case leeg, object, lijst, enkel }
        var soort = Soort.leeg
        /// Indentation of the value's closing bracket.
        var diepte: Int
        var aantal = 0
        /// Where this object's members start in `sleutels` and `begin`.
        var basis = 0
    }

    init() { p = malloc(capaciteit)!.assumingMemoryBound(to: UInt8.self) }

    /// The bytes, handed over: this state must not be written to after.
    mutating func data() -> Data {
        let uit = Data(bytesNoCopy: p, count: n, deallocator: .free)
        p = malloc(1)!.assumingMemoryBound(to: UInt8.self)
        n = 0
        capaciteit = 1
        return uit
    }

    func vrij() { free(p) }

    @inline(__always) mutating func ruimte(_ extra: Int) {
        guard n + extra > capaciteit else { return }
        while n + extra > capaciteit { capaciteit *= 2 }
        p = realloc(p, capaciteit)!.assumingMemoryBound(to: UInt8.self)
    }

    @inline(__always) mutating func schrijf(_ b: UInt8) {
        ruimte(1)
        p[n] = b
        n += 1
    }

    mutating func schrijf(_ bron: UnsafePointer<UInt8>, _ aantal: Int) {
        guard aantal > 0 else { return }
        ruimte(aantal)
        (p + n).update(from: bron, count: aantal)
        n += aantal
    }

    mutating func schrijf(_ tekst: StaticString) { schrijf(tekst.utf8Start, tekst.utf8CodeUnitCount) }

    mutating func inspringen(_ niveaus: Int) {
        ruimte(2 * niveaus)
        (p + n).update(repeating: 0x20, count: 2 * niveaus)
        n += 2 * niveaus
    }

    /// A string with JSONEncoder's escapes: `\"`, `\\`, `\b\t\n\f\r`, other controls `\u00xx`.
    mutating func tekst(_ waarde: String) {
        if waarde.utf8.withContiguousStorageIfAvailable({ tekst($0) }) == nil {
            let kopie = Array(waarde.utf8)
            kopie.withUnsafeBufferPointer { tekst($0) }
        }
    }

    private mutating func tekst(_ bron: UnsafeBufferPointer<UInt8>) {
        guard let basis = bron.baseAddress else { return schrijf("\"\"") }
        schrijf(0x22)
        var van = 0, i = 0
        while i < bron.count {
            let b = basis[i]
            i += 1
            guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
            schrijf(basis + van, i - 1 - van)
            van = i
            switch b {
            case 0x22: schrijf("\\\"")
            case 0x5C: schrijf("\\\\")
            case 0x08: schrijf("\\b")
            case 0x09: schrijf("\\t")
            case 0x0A: schrijf("\\n")
            case 0x0C: schrijf("\\f")
            case 0x0D: schrijf("\\r")
            default:
                let hex: StaticString = "0123456789abcdef"
                schrijf("\\u00")
                schrijf(hex.utf8Start[Int(b >> 4)])
                schrijf(hex.utf8Start[Int(b & 0xF)])
            }
        }
        schrijf(basis + van, bron.count - van)
        schrijf(0x22)
    }

    mutating func geheel<I: FixedWidthInteger>(_ waarde: I) {
        var m = waarde.magnitude
        ruimte(41)
        if waarde < 0 { p[n] = 0x2D; n += 1 }
        var cijfers = 0
        repeat {
            p[n + cijfers] = 0x30 + UInt8(truncatingIfNeeded: m % 10)
            m /= 10
            cijfers += 1
        } while m > 0
        var omgekeerd = UnsafeMutableBufferPointer(start: p + n, count: cijfers)
        omgekeerd.reverse()
        n += cijfers
    }

    /// JSONEncoder writes a float's `description` without a trailing `.0`; NaN and infinity it refuses.
    mutating func getal<F: BinaryFloatingPoint & LosslessStringConvertible>(_ waarde: F) throws {
        guard waarde.isFinite else { throw NietOndersteund() }
        var t = waarde.description
        if t.hasSuffix(".0") { t.removeLast(2) }
        for b in t.utf8 { schrijf(b) }
    }

    /// Closes the innermost value: brackets, and an object's members in key order.
    mutating func sluit() throws {
        let laag = lagen.removeLast()
        switch laag.soort {
        case .leeg: throw NietOndersteund()
        case .enkel: if laag.aantal != 1 { throw NietOndersteund() }
        case .lijst:
            schrijf(laag.aantal == 0 ? "\n\n" : "\n")
            inspringen(laag.diepte)
            schrijf(0x5D)
        case .object:
            if laag.aantal == 0 { schrijf(0x0A) } else { try sorteer(laag) }
            schrijf(0x0A)
            inspringen(laag.diepte)
            schrijf(0x7D)
            sleutels.removeSubrange(laag.basis...)
            begin.removeSubrange(laag.basis...)
        }
    }

    /// Members were written as `\n  "key" : value` joined by `,`; put them in key order.
    private mutating func sorteer(_ laag: Laag) throws {
        let b = laag.basis, aantal = sleutels.count - b
        guard let volgorde = try ordeningen.volgorde(sleutels[b...]) else { return }
        let start = begin[b]
        kladblok.removeAll(keepingCapacity: true)
        kladblok.append(contentsOf: UnsafeBufferPointer(start: p + start, count: n - start))
        n = start
        let klad = kladblok
        klad.withUnsafeBufferPointer { klad in
            for (k, i) in volgorde.enumerated() {
                if k > 0 { schrijf(0x2C) }
                let van = begin[b + i] - start
                let tot = i + 1 < aantal ? begin[b + i + 1] - start - 1 : klad.count
                schrijf(klad.baseAddress! + van, tot - van)
            }
        }
    }
}
