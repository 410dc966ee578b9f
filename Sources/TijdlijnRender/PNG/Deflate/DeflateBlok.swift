/// One deflate block from the symbols the parser found (`SnelDeflate`): with Huffman codes
/// fitted to this block (RFC 1951 §3.2.7), or stored when that would be smaller.
/// A symbol is a literal byte (< 256) or `match` | (length − 3) << 16 | (distance − 1).
struct DeflateBlok {
    static let match: UInt32 = 0x8000_0000

    /// Counts of literal/length symbols (286) and distance codes (30), filled by the parser.
    var letters: UnsafeMutableBufferPointer<UInt32>
    var afstanden: UnsafeMutableBufferPointer<UInt32>

    /// Writes the block for `symbolen` covering the input bytes `ruw`; `laatste` sets BFINAL.
    func schrijf(_ symbolen: UnsafeBufferPointer<UInt32>, ruw: UnsafeBufferPointer<UInt8>, laatste: Bool,
                 naar w: inout Bitschrijver) {
        letters[256] = 1  // end of block
        Self.tenminsteTwee(letters)
        Self.tenminsteTwee(afstanden)
        let lit = HuffmanCode(tellingen: UnsafeBufferPointer(letters), max: 15)
        let afs = HuffmanCode(tellingen: UnsafeBufferPointer(afstanden), max: 15)
        let hlit = max(257, (lit.lengtes.lastIndex { $0 > 0 } ?? 0) + 1)
        let hdist = max(1, (afs.lengtes.lastIndex { $0 > 0 } ?? 0) + 1)
        let reeks = Self.lengteReeks(Array(lit.lengtes[..<hlit]) + Array(afs.lengtes[..<hdist]))
        var clTelling = [UInt32](repeating: 0, count: 19)
        for (s, _) in reeks { clTelling[Int(s)] += 1 }
        clTelling.withUnsafeMutableBufferPointer { Self.tenminsteTwee($0) }
        let cl = clTelling.withUnsafeBufferPointer { HuffmanCode(tellingen: $0, max: 7) }
        let hclen = max(4, (DeflateTabellen.volgorde.lastIndex { cl.lengtes[$0] > 0 } ?? 0) + 1)

        // Size in bits of both forms; the stored form also needs the padding to a byte.
        var bits = 17 + 3 * hclen
        for (s, _) in reeks { bits += Int(cl.lengtes[Int(s)]) + Self.extraBits(s) }
        for s in 0..<286 where letters[s] > 0 {
            bits += Int(letters[s]) * (Int(lit.lengtes[s]) + (s > 256 ? Int(DeflateTabellen.lengteExtra[s - 257]) : 0))
        }
        for s in 0..<30 where afstanden[s] > 0 {
            bits += Int(afstanden[s]) * (Int(afs.lengtes[s]) + Int(DeflateTabellen.afstandExtra[s]))
        }
        let opgeslagen = 8 * ruw.count + ((ruw.count + 65534) / 65535) * 48 + 48
        guard bits <= opgeslagen else { return Self.opgeslagen(ruw, laatste: laatste, naar: &w) }

        w.schrijf(laatste ? 0b101 : 0b100, 3)
        w.schrijf(UInt32(hlit - 257), 5)
        w.schrijf(UInt32(hdist - 1), 5)
        w.schrijf(UInt32(hclen - 4), 4)
        for i in 0..<hclen { w.schrijf(UInt32(cl.lengtes[DeflateTabellen.volgorde[i]]), 3) }
        for (s, extra) in reeks {
            w.schrijf(UInt32(cl.codes[Int(s)]), Int(cl.lengtes[Int(s)]))
            w.schrijf(UInt32(extra), Self.extraBits(s))
        }
        lit.codes.withUnsafeBufferPointer { lc in
            lit.lengtes.withUnsafeBufferPointer { ll in
                afs.codes.withUnsafeBufferPointer { dc in
                    afs.lengtes.withUnsafeBufferPointer { dl in
                        Self.symbolen(symbolen, lc, ll, dc, dl, naar: &w)
                    }
                }
            }
        }
        w.schrijf(UInt32(lit.codes[256]), Int(lit.lengtes[256]))
    }

    @inline(__always)
    private static func symbolen(_ symbolen: UnsafeBufferPointer<UInt32>, _ lc: UnsafeBufferPointer<UInt16>,
                                 _ ll: UnsafeBufferPointer<UInt8>, _ dc: UnsafeBufferPointer<UInt16>,
                                 _ dl: UnsafeBufferPointer<UInt8>, naar w: inout Bitschrijver) {
        DeflateTabellen.lengteCode.withUnsafeBufferPointer { lcode in
            DeflateTabellen.afstandCode.withUnsafeBufferPointer { dcode in
                for s in symbolen {
                    if s & match == 0 {
                        w.schrijf(UInt32(lc[Int(s)]), Int(ll[Int(s)]))
                        continue
                    }
                    let lengte = Int((s >> 16) & 0xFF), afstand = Int(s & 0xFFFF)
                    let l = Int(lcode[lengte])
                    let le = DeflateTabellen.lengteExtra[l]
                    w.schrijf(UInt32(lc[257 + l]) | UInt32(lengte - Int(DeflateTabellen.lengteBasis[l]) + 3) << ll[257 + l],
                              Int(ll[257 + l]) + Int(le))
                    let d = Int(dcode[afstand])
                    w.schrijf(UInt32(dc[d]), Int(dl[d]))
                    w.schrijf(UInt32(afstand + 1 - Int(DeflateTabellen.afstandBasis[d])),
                              Int(DeflateTabellen.afstandExtra[d]))
                }
            }
        }
    }

    /// Stored blocks of at most 65,535 bytes; an empty one is what zlib's sync flush writes.
    static func opgeslagen(_ ruw: UnsafeBufferPointer<UInt8>, laatste: Bool, naar w: inout Bitschrijver) {
        var begin = 0
        repeat {
            let n = min(65535, ruw.count - begin)
            let eind = begin + n == ruw.count
            w.schrijf(laatste && eind ? 1 : 0, 3)
            w.naarByte()
            w.schrijf(UInt32(n) | UInt32(~n & 0xFFFF) << 16, 32)
            if n > 0 { w.kopieer(ruw.baseAddress! + begin, n) }
            begin += n
        } while begin < ruw.count
    }

    /// Extra bits after a code-length symbol: repeat counts of 16, 17 and 18.
    private static func extraBits(_ s: UInt8) -> Int { s == 16 ? 2 : s == 17 ? 3 : s == 18 ? 7 : 0 }

    /// A code of one symbol is not complete; inflaters want at least two.
    private static func tenminsteTwee(_ t: UnsafeMutableBufferPointer<UInt32>) {
        var gebruikt = t.indices.filter { t[$0] > 0 }.count
        var i = 0
        while gebruikt < 2 {
            if t[i] == 0 { t[i] = 1; gebruikt += 1 }
            i += 1
        }
    }

    /// The code lengths run-length coded with symbols 16 (repeat), 17 and 18 (zeros): (symbol, extra).
    static func lengteReeks(_ l: [UInt8]) -> [(UInt8, UInt8)] {
        var uit: [(UInt8, UInt8)] = []
        var i = 0
        while i < l.count {
            let v = l[i]
            var n = 1
            while i + n < l.count && l[i + n] == v { n += 1 }
            i += n
            if v == 0 {
                while n >= 11 { let k = min(n, 138); uit.append((18, UInt8(k - 11))); n -= k }
                if n >= 3 { uit.append((17, UInt8(n - 3))); n = 0 }
            } else {
                uit.append((v, 0))
                n -= 1
                while n >= 3 { let k = min(n, 6); uit.append((16, UInt8(k - 3))); n -= k }
            }
            uit += Array(repeating: (v, 0), count: n)
        }
        return uit
    }
}
