/// PNG row filters on Cairo's xRGB32 pixels, written as 8-bit RGB with the filter byte first.
/// A strip's first row has no row above in its strip, so it uses Sub; strips stay independent.
enum PNGFilter: UInt8, Sendable, CaseIterable {
    case geen = 0, sub = 1, boven = 2

    /// Bytes of one filtered row: the filter byte plus three per pixel.
    static func rijLengte(_ breedte: Int) -> Int { 1 + 3 * breedte }

    /// Filters `breedte` pixels of `rij` into `uit`; `vorige` is the row above, if any.
    func filter(_ rij: UnsafePointer<UInt32>, vorige: UnsafePointer<UInt32>?, breedte: Int,
                uit: UnsafeMutablePointer<UInt8>) {
        let soort: PNGFilter = (self == .boven && vorige == nil) ? .sub : self
        uit[0] = soort.rawValue
        var o = uit + 1
        switch soort {
        case .geen:
            for i in 0..<breedte { Self.rgb(rij[i], o); o += 3 }
        case .sub:
            var links: UInt32 = 0
            for i in 0..<breedte {
                let p = rij[i]
                Self.rgb(Self.verschil(p, links), o)
                links = p
                o += 3
            }
        case .boven:
            let boven = vorige!
            for i in 0..<breedte { Self.rgb(Self.verschil(rij[i], boven[i]), o); o += 3 }
        }
    }

    @inline(__always) private static func rgb(_ p: UInt32, _ o: UnsafeMutablePointer<UInt8>) {
        o[0] = UInt8(truncatingIfNeeded: p >> 16)
        o[1] = UInt8(truncatingIfNeeded: p >> 8)
        o[2] = UInt8(truncatingIfNeeded: p)
    }

    /// Byte-wise a − b modulo 256 in one 32-bit word (no borrow between bytes).
    @inline(__always) static func verschil(_ a: UInt32, _ b: UInt32) -> UInt32 {
        ((a | 0x8080_8080) &- (b & 0x7F7F_7F7F)) ^ ((a ^ ~b) & 0x8080_8080)
    }
}
