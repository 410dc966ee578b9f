import Foundation

/// Bounds-checked reads of `CompactFormat` bytes: any offset past the end, any count larger
/// than its container, throws `Onleesbaar` — never a trap or an endless loop.
struct CompactLezer {
    let bytes: UnsafeRawBufferPointer

    func fout(_ reden: String) -> CompactFormat.Onleesbaar { CompactFormat.Onleesbaar(reden: reden) }

    func byte(_ plek: Int) throws -> UInt8 {
        guard plek >= 0, plek < bytes.count else { throw fout("einde van de gegevens") }
        return bytes[plek]
    }

    func tag(_ plek: Int) throws -> CompactFormat.Tag {
        guard let tag = CompactFormat.Tag(rawValue: try byte(plek)) else { throw fout("onbekend teken op \(plek)") }
        return tag
    }

    func varint(_ plek: inout Int) throws -> UInt64 {
        var n: UInt64 = 0
        for schuif in stride(from: UInt64(0), to: 64, by: 7) {
            let b = try byte(plek)
            plek += 1
            n |= UInt64(b & 0x7F) << schuif
            if b < 0x80 { return n }
        }
        throw fout("te lang getal")
    }

    /// A length or count that must fit in what is left of the bytes.
    func lengte(_ plek: inout Int) throws -> Int {
        let n = try varint(&plek)
        guard n <= UInt64(bytes.count - min(plek, bytes.count)) else { throw fout("lengte voorbij het einde") }
        return Int(n)
    }

    /// A string payload (length, UTF-8) at `plek`: its bytes, `plek` moved past it.
    func tekstBytes(_ plek: inout Int) throws -> UnsafeRawBufferPointer {
        let n = try lengte(&plek)
        defer { plek += n }
        return UnsafeRawBufferPointer(rebasing: bytes[plek..<plek + n])
    }

    func tekst(_ plek: inout Int) throws -> String {
        String(decoding: try tekstBytes(&plek), as: UTF8.self)
    }

    /// An array or object header at `plek` (after its tag): count, first element, end.
    func container(_ plek: Int) throws -> (aantal: Int, begin: Int, einde: Int) {
        var p = plek + 1
        let aantal = try lengte(&p)
        var lengte = 0
        for i in 0..<4 { lengte |= Int(try byte(p + i)) << (8 * i) }
        let begin = p + 4
        guard lengte <= bytes.count - begin, aantal <= lengte else { throw fout("container voorbij het einde") }
        return (aantal, begin, begin + lengte)
    }

    /// The offset just past the value at `plek`.
    func na(_ plek: Int) throws -> Int {
        var p = plek + 1
        switch try tag(plek) {
        case .null, .onwaar, .waar: return p
        case .int, .uint: _ = try varint(&p); return p
        case .double:
            guard p + 8 <= bytes.count else { throw fout("einde van de gegevens") }
            return p + 8
        case .string: _ = try tekstBytes(&p); return p
        case .array, .object: return try container(plek).einde
        }
    }

    func double(_ plek: Int) throws -> Double {
        switch try tag(plek) {
        case .double:
            guard plek + 9 <= bytes.count else { throw fout("einde van de gegevens") }
            var bits: UInt64 = 0
            for i in 0..<8 { bits |= UInt64(bytes[plek + 1 + i]) << (8 * UInt64(i)) }
            return Double(bitPattern: bits)
        case .int, .uint: return Double(try geheel(plek, als: Int64.self))
        default: throw fout("geen getal op \(plek)")
        }
    }

    func geheel<T: FixedWidthInteger>(_ plek: Int, als: T.Type) throws -> T {
        var p = plek + 1
        let waarde: T?
        switch try tag(plek) {
        case .int: waarde = T(exactly: CompactFormat.unzigzag(try varint(&p)))
        case .uint: waarde = T(exactly: try varint(&p))
        default: throw fout("geen geheel getal op \(plek)")
        }
        guard let waarde else { throw fout("getal past niet in \(T.self)") }
        return waarde
    }

    func bool(_ plek: Int) throws -> Bool {
        switch try tag(plek) {
        case .waar: return true
        case .onwaar: return false
        default: throw fout("geen waar/onwaar op \(plek)")
        }
    }

    func string(_ plek: Int) throws -> String {
        guard try tag(plek) == .string else { throw fout("geen tekst op \(plek)") }
        var p = plek + 1
        return try tekst(&p)
    }

    func isNull(_ plek: Int) throws -> Bool { try tag(plek) == .null }
}
