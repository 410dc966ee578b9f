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
            Self.rgbRij(rij, nil, breedte, o)
        case .sub:
            var links: UInt32 = 0
            for i in 0..<breedte {
                let p = rij[i]
                Self.rgb(Self.verschil(p, links), o)
                links = p
                o += 3
            }
        case .boven:
            Self.rgbRij(rij, vorige, breedte, o)
        }
    }

    /// A row as RGB bytes, or its difference with `boven` (filter Up): four pixels become
    /// three 32-bit words, the hot loop of the PNG encoder.
    @inline(__always)
    private static func rgbRij(_ rij: UnsafePointer<UInt32>, _ boven: UnsafePointer<UInt32>?, _ breedte: Int,
                               _ uit: UnsafeMutablePointer<UInt8>) {
        @inline(__always) func pixel(_ i: Int) -> UInt32 {
            let p = rij[i]
            guard let boven else { return p }
            return verschil(p, boven[i])
        }
        // 0x00RRGGBB → bytes R, G, B in memory order (little-endian word R | G << 8 | B << 16).
        @inline(__always) func rgbWoord(_ p: UInt32) -> UInt32 {
            ((p >> 16) & 0xFF) | (p & 0xFF00) | ((p & 0xFF) << 16)
        }
        let w = UnsafeMutableRawPointer(uit)
        // Four pixels, twelve bytes, three stores.
        @inline(__always) func vier(_ i: Int) {
            let (a, b, c, d) = (rgbWoord(pixel(i)), rgbWoord(pixel(i + 1)), rgbWoord(pixel(i + 2)), rgbWoord(pixel(i + 3)))
            w.storeBytes(of: (a | b << 24).littleEndian, toByteOffset: 3 * i, as: UInt32.self)
            w.storeBytes(of: (b >> 8 | c << 16).littleEndian, toByteOffset: 3 * i + 4, as: UInt32.self)
            w.storeBytes(of: (c >> 16 | d << 8).littleEndian, toByteOffset: 3 * i + 8, as: UInt32.self)
        }
        var i = 0
        if let boven {
            // Most of a wall equals the row above: eight such pixels are 24 zero bytes.
            let (r, b) = (UnsafeRawPointer(rij), UnsafeRawPointer(boven))
            while i + 8 <= breedte {
                let o = 4 * i
                if r.loadUnaligned(fromByteOffset: o, as: UInt64.self) == b.loadUnaligned(fromByteOffset: o, as: UInt64.self)
                    && r.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self)
                    && r.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self) == b.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self)
                    && r.loadUnaligned(fromByteOffset: o + 24, as: UInt64.self) == b.loadUnaligned(fromByteOffset: o + 24, as: UInt64.self) {
                    w.storeBytes(of: UInt64(0), toByteOffset: 3 * i, as: UInt64.self)
                    w.storeBytes(of: UInt64(0), toByteOffset: 3 * i + 8, as: UInt64.self)
                    w.storeBytes(of: UInt64(0), toByteOffset: 3 * i + 16, as: UInt64.self)
                    i += 8
                    continue
                }
                vier(i)
                vier(i + 4)
                i += 8
            }
        }
        while i + 4 <= breedte {
            vier(i)
            i += 4
        }
        while i < breedte {
            rgb(pixel(i), uit + 3 * i)
            i += 1
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
