/// A small, fully specified PRNG (SplitMix64) so generated casussen are the same on
/// every machine and Swift version. The helpers below avoid the standard library's
/// `random(in:using:)`, whose algorithm is not promised to stay the same.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var toestand: UInt64

    public init(zaad: UInt64) { toestand = zaad }

    /// An independent stream per casus: casus 7 of seed 42 is the same whether 10 or
    /// 10,000 casussen are generated.
    public init(zaad: UInt64, stroom: UInt64) {
        var menger = SplitMix64(zaad: zaad ^ (stroom &* 0xD1B5_4A32_D192_ED03))
        toestand = menger.next()
    }

    public mutating func next() -> UInt64 {
        toestand &+= 0x9E37_79B9_7F4A_7C15
        var z = toestand
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `bereik` (multiply-shift; the bias is negligible for small ranges).
    public mutating func getal(_ bereik: ClosedRange<Int>) -> Int {
        let breedte = UInt64(bereik.upperBound - bereik.lowerBound) + 1
        let hoog = next().multipliedFullWidth(by: breedte).high
        return bereik.lowerBound + Int(hoog)
    }

    /// A number in `0 ..< grens`; 0 when `grens` is 1 or less.
    public mutating func getal(tot grens: Int) -> Int {
        grens <= 1 ? 0 : getal(0...(grens - 1))
    }

    /// True with probability `p`.
    public mutating func kans(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    public mutating func kies<T>(_ lijst: [T]) -> T {
        lijst[getal(0...(lijst.count - 1))]
    }

    /// `aantal` different elements, in their original order.
    public mutating func deelverzameling<T>(_ lijst: [T], aantal: Int) -> [T] {
        var indices = Array(lijst.indices)
        for i in stride(from: indices.count - 1, to: 0, by: -1) {
            indices.swapAt(i, getal(0...i))
        }
        return indices.prefix(max(0, min(aantal, lijst.count))).sorted().map { lijst[$0] }
    }
}
