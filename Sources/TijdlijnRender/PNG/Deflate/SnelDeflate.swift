/// A deflate compressor made for filtered PNG rows of a wall: mostly zero (white paper,
/// rows equal to the row above), with text in between. zlib spends most of its time on
/// the zeros (level 1: ~150 ms for 70 MB of them); here a run of one byte is found eight
/// bytes at a time and sent as distance-1 matches, and the rest goes through a greedy
/// matcher with one hash probe. Codes are fitted per block (`DeflateBlok`).
/// Pieces join like zlib's: every piece but the last ends with an empty stored block on a
/// byte boundary and no block of it is final, so pieces made on different cores
/// concatenate into one stream. A piece never refers to bytes of an earlier piece.
final class SnelDeflate {
    private static let hashBits = 15
    /// Symbols per block: small enough for codes to follow the picture, large enough for
    /// the block header (~60–90 bytes) not to matter.
    private static let perBlok = 1 << 15

    private let hash: UnsafeMutablePointer<Int32>
    private let symbolen: UnsafeMutablePointer<UInt32>
    private let letters: UnsafeMutableBufferPointer<UInt32>
    private let afstanden: UnsafeMutableBufferPointer<UInt32>
    private var uit: [UInt8] = []

    init() {
        hash = .allocate(capacity: 1 << Self.hashBits)
        symbolen = .allocate(capacity: Self.perBlok)
        letters = .allocate(capacity: 286)
        afstanden = .allocate(capacity: 30)
    }

    deinit {
        hash.deallocate()
        symbolen.deallocate()
        letters.deallocate()
        afstanden.deallocate()
    }

    /// `invoer` as one piece of a raw deflate stream; `laatste` ends the stream.
    func comprimeer(_ invoer: UnsafeRawBufferPointer, laatste: Bool) -> [UInt8] {
        let n = invoer.count
        // Each block is at most its stored form (`DeflateBlok`), so this always suffices.
        let ruimte = n + n / 1024 + 4096
        if uit.count < ruimte { uit = [UInt8](repeating: 0, count: ruimte) }
        let lengte = uit.withUnsafeMutableBufferPointer { u -> Int in
            var w = Bitschrijver(u.baseAddress!)
            guard let data = invoer.bindMemory(to: UInt8.self).baseAddress, n > 0 else {
                DeflateBlok.opgeslagen(UnsafeBufferPointer(start: nil, count: 0), laatste: laatste, naar: &w)
                return w.plek - u.baseAddress!
            }
            hash.initialize(repeating: -1, count: 1 << Self.hashBits)
            var p = 0
            while p < n {
                let begin = p
                let aantal = blok(data, n, &p)
                let blok = DeflateBlok(letters: letters, afstanden: afstanden)
                blok.schrijf(UnsafeBufferPointer(start: symbolen, count: aantal),
                             ruw: UnsafeBufferPointer(start: data + begin, count: p - begin),
                             laatste: laatste && p == n, naar: &w)
            }
            if !laatste { DeflateBlok.opgeslagen(UnsafeBufferPointer(start: nil, count: 0), laatste: false, naar: &w) }
            w.naarByte()
            return w.plek - u.baseAddress!
        }
        return Array(uit[..<lengte])
    }

    /// Parses from `p` until a block's worth of symbols; returns their count, moves `p`.
    @inline(__always)
    private func blok(_ data: UnsafePointer<UInt8>, _ n: Int, _ p: inout Int) -> Int {
        letters.update(repeating: 0)
        afstanden.update(repeating: 0)
        let lcode = DeflateTabellen.lengteCode, dcode = DeflateTabellen.afstandCode
        var aantal = 0
        let vol = Self.perBlok - 3
        @inline(__always) func letter(_ b: UInt8) {
            symbolen[aantal] = UInt32(b)
            letters[Int(b)] += 1
            aantal += 1
        }
        @inline(__always) func overeenkomst(_ lengte: Int, _ afstand: Int) {
            symbolen[aantal] = DeflateBlok.match | UInt32(lengte - 3) << 16 | UInt32(afstand - 1)
            letters[257 + Int(lcode[lengte - 3])] += 1
            afstanden[Int(dcode[afstand - 1])] += 1
            aantal += 1
        }
        while p < n && aantal < vol {
            // A run of the byte before: as long as it lasts, 258 bytes per symbol.
            if p > 0 && p + 3 <= n && data[p] == data[p - 1] && data[p + 1] == data[p] && data[p + 2] == data[p] {
                var rest = 3 + Self.gelijk(data + p + 3, data + p + 2, n - p - 3)
                let eind = p + rest
                while rest >= 3 && aantal < vol {
                    let m = min(rest, 258)
                    overeenkomst(m, 1)
                    rest -= m
                }
                p = eind - rest
                continue
            }
            if p + 4 <= n {
                let vier = UnsafeRawPointer(data + p).loadUnaligned(as: UInt32.self)
                let h = Int((vier &* 2_654_435_761) >> UInt32(32 - Self.hashBits))
                let kandidaat = Int(hash[h])
                hash[h] = Int32(p)
                if kandidaat >= 0 && p - kandidaat <= 32768
                    && UnsafeRawPointer(data + kandidaat).loadUnaligned(as: UInt32.self) == vier {
                    let m = 4 + Self.gelijk(data + p + 4, data + kandidaat + 4, min(254, n - p - 4))
                    overeenkomst(m, p - kandidaat)
                    p += m
                    continue
                }
            }
            letter(data[p])
            p += 1
        }
        return aantal
    }

    /// How many bytes from `a` equal those from `b`, at most `grens`; eight at a time.
    @inline(__always)
    static func gelijk(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ grens: Int) -> Int {
        var i = 0
        while i + 8 <= grens {
            let x = UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self)
                ^ UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)
            if x != 0 { return i + x.littleEndian.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < grens && a[i] == b[i] { i += 1 }
        return i
    }
}
