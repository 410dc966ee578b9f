import Foundation

extension OnveiligeTekens {
    /// True when the UTF-8 holds the encoding of a character `soort` refuses; exact for valid
    /// UTF-8 (it only matches complete encodings, at any byte, so text that is not valid UTF-8
    /// can at most give a true that the check by characters then denies). Eight bytes at a time
    /// while they are plain ASCII; a big buffer in parts on every core (`stuk` bytes each; a
    /// part looks up to three bytes past its end for an encoding that starts inside it).
    static func bevat(utf8 bytes: UnsafeRawBufferPointer, stuk: Int = 1 << 20) -> Bool {
        guard let basis = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else { return false }
        let stuk = max(1, stuk), aantal = bytes.count
        guard aantal > stuk else { return bevat(basis, van: 0, tot: aantal, aantal: aantal) }
        let bron = Doorgeven(basis)
        return Parallel.map((aantal + stuk - 1) / stuk) { k in
            bevat(bron.waarde, van: k * stuk, tot: min(aantal, (k + 1) * stuk), aantal: aantal)
        }.contains(true)
    }

    private static func bevat(_ p: UnsafePointer<UInt8>, van: Int, tot: Int, aantal: Int) -> Bool {
        var i = van
        while i + 8 <= tot {
            if opvallend(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) {
                for k in i..<(i + 8) where onveilig(p, k, aantal) { return true }
            }
            i += 8
        }
        while i < tot {
            if onveilig(p, i, aantal) { return true }
            i += 1
        }
        return false
    }

    /// Any byte of the eight that is not printable ASCII: at or above 0x80, below 0x20, or 0x7F.
    @inline(__always) private static func opvallend(_ w: UInt64) -> Bool {
        let een: UInt64 = 0x0101_0101_0101_0101, hoog: UInt64 = 0x8080_8080_8080_8080
        if w & hoog != 0 { return true }
        if (w &- 0x20 &* een) & ~w & hoog != 0 { return true }
        let x = w ^ (0x7F &* een)
        return (x &- een) & ~x & hoog != 0
    }

    /// Does the encoding of an unsafe character start at byte `i`?
    @inline(__always) private static func onveilig(_ p: UnsafePointer<UInt8>, _ i: Int, _ aantal: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F }
        func volgend(_ k: Int) -> UInt8 { i + k < aantal ? p[i + k] : 0 }
        switch b {
        case 0xC2: return (0x80...0x9F).contains(volgend(1))  // C1 controls U+0080–U+009F
        case 0xE2:  // bidi U+202A–U+202E, U+2066–U+2069
            let b1 = volgend(1), b2 = volgend(2)
            return (b1 == 0x80 && (0xAA...0xAE).contains(b2)) || (b1 == 0x81 && (0xA6...0xA9).contains(b2))
        case 0xEF:  // noncharacters U+FDD0–U+FDEF, U+FFFE, U+FFFF
            let b1 = volgend(1), b2 = volgend(2)
            return (b1 == 0xB7 && (0x90...0xAF).contains(b2)) || (b1 == 0xBF && b2 & 0xFE == 0xBE)
        case 0xF0...0xF4:  // noncharacters U+1FFFE, U+1FFFF … U+10FFFE, U+10FFFF
            let b1 = volgend(1)
            return b1 & 0xC0 == 0x80 && b1 & 0x0F == 0x0F && volgend(2) == 0xBF && volgend(3) & 0xFE == 0xBE
        default: return false
        }
    }
}
