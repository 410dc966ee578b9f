import Casus

/// A small self-describing binary form for `Codable` values, for derived data the
/// workbench reads thousands of times per run (issue 18: the stored shares of
/// `rode-draden`). Reading it skips what JSON costs: no text scanning, no number parsing,
/// no dictionary per object.
///
///     value  := tag payload
///     nil 0 · false 1 · true 2 · int 3 (zigzag varint) · uint 4 (varint)
///     double 5 (8 bytes, little endian) · string 6 (varint length, UTF-8)
///     array 7 (varint count, UInt32 byte length, values)
///     object 8 (varint count, UInt32 byte length, (key as string payload, value)…)
///
/// The byte length lets a reader skip a container without walking it.
enum CompactFormat {
    static let version: UInt8 = 1

    enum Tag: UInt8 {
        case null = 0, onwaar, waar, int, uint, double, string, array, object
    }

    /// Thrown for bytes that are not a value of the asked type; the caller treats the
    /// stored value as stale and computes it again.
    struct Onleesbaar: Error, CustomStringConvertible {
        var reden: String
        var description: String { "onleesbare opgeslagen waarde: \(reden)" }
    }

    static func zigzag(_ n: Int64) -> UInt64 { UInt64(bitPattern: (n << 1) ^ (n >> 63)) }
    static func unzigzag(_ n: UInt64) -> Int64 { Int64(bitPattern: n >> 1) ^ -Int64(bitPattern: n & 1) }
}
