/// Deflate's bit order (least significant bit first) into a buffer the caller sized for
/// the worst case; whole 32-bit words are stored at once.
struct Bitschrijver {
    private(set) var plek: UnsafeMutablePointer<UInt8>
    private var bits: UInt64 = 0
    private var aantal = 0

    init(_ begin: UnsafeMutablePointer<UInt8>) { plek = begin }

    /// The low `n` bits of `waarde` (n ≤ 32, higher bits zero).
    @inline(__always) mutating func schrijf(_ waarde: UInt32, _ n: Int) {
        bits |= UInt64(waarde) << UInt64(aantal)
        aantal += n
        if aantal >= 32 {
            UnsafeMutableRawPointer(plek).storeBytes(of: UInt32(truncatingIfNeeded: bits).littleEndian, as: UInt32.self)
            plek += 4
            bits >>= 32
            aantal -= 32
        }
    }

    /// Pads with zero bits to the next byte boundary and writes what is pending.
    mutating func naarByte() {
        while aantal > 0 {
            plek.pointee = UInt8(truncatingIfNeeded: bits)
            plek += 1
            bits >>= 8
            aantal = max(0, aantal - 8)
        }
        bits = 0
    }

    /// Whole bytes, after `naarByte`.
    mutating func kopieer(_ bron: UnsafePointer<UInt8>, _ n: Int) {
        plek.update(from: bron, count: n)
        plek += n
    }
}
