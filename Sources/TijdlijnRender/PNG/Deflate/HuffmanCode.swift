/// Huffman codes as deflate needs them (RFC 1951 §3.2.2): lengths limited to `max` bits,
/// canonical codes, bit-reversed because deflate sends codes from their top bit first.
struct HuffmanCode {
    let lengtes: [UInt8]
    let codes: [UInt16]

    /// Every symbol with a count gets a code; a symbol without one gets none.
    init(tellingen: UnsafeBufferPointer<UInt32>, max: Int) {
        lengtes = Self.lengtes(Array(tellingen), max: max)
        codes = Self.codes(lengtes)
    }

    /// Lengths of an optimal code; when one is too long the counts are halved (keeping each
    /// at least 1) and the code built again: equal counts give a balanced tree, so it ends.
    static func lengtes(_ tellingen: [UInt32], max: Int) -> [UInt8] {
        var t = tellingen
        while true {
            let l = boom(t)
            if Int(l.max() ?? 0) <= max { return l }
            for i in t.indices where t[i] > 0 { t[i] = (t[i] >> 1) | 1 }
        }
    }

    /// Depths in a Huffman tree (two queues over the sorted leaves); one symbol gets length 1.
    private static func boom(_ t: [UInt32]) -> [UInt8] {
        var uit = [UInt8](repeating: 0, count: t.count)
        let bladeren = t.indices.filter { t[$0] > 0 }.sorted { (t[$0], $0) < (t[$1], $1) }
        let n = bladeren.count
        guard n > 1 else {
            if let s = bladeren.first { uit[s] = 1 }
            return uit
        }
        var gewicht = bladeren.map { UInt64(t[$0]) } + [UInt64](repeating: 0, count: n - 1)
        var ouder = [Int](repeating: 0, count: 2 * n - 1)
        var (blad, binnen) = (0, n)
        for k in n..<(2 * n - 1) {
            var paar = (0, 0)
            for keer in 0..<2 {
                let kies: Int
                if blad < n && (binnen >= k || gewicht[blad] <= gewicht[binnen]) {
                    kies = blad
                    blad += 1
                } else {
                    kies = binnen
                    binnen += 1
                }
                if keer == 0 { paar.0 = kies } else { paar.1 = kies }
            }
            gewicht[k] = gewicht[paar.0] + gewicht[paar.1]
            ouder[paar.0] = k
            ouder[paar.1] = k
        }
        // A parent always has a higher index than its children: one pass from the root down.
        var diepte = [UInt8](repeating: 0, count: 2 * n - 1)
        for knoop in stride(from: 2 * n - 3, through: 0, by: -1) { diepte[knoop] = diepte[ouder[knoop]] + 1 }
        for (i, s) in bladeren.enumerated() { uit[s] = diepte[i] }
        return uit
    }

    /// Canonical codes for the lengths (RFC 1951 §3.2.2), each reversed to be sent LSB first.
    static func codes(_ lengtes: [UInt8]) -> [UInt16] {
        var perLengte = [Int](repeating: 0, count: 16)
        for l in lengtes where l > 0 { perLengte[Int(l)] += 1 }
        var volgende = [Int](repeating: 0, count: 16)
        var code = 0
        for bits in 1..<16 {
            code = (code + perLengte[bits - 1]) << 1
            volgende[bits] = code
        }
        return lengtes.map { l in
            guard l > 0 else { return 0 }
            let c = volgende[Int(l)]
            volgende[Int(l)] += 1
            var omgekeerd = 0
            for b in 0..<Int(l) where c & (1 << b) != 0 { omgekeerd |= 1 << (Int(l) - 1 - b) }
            return UInt16(omgekeerd)
        }
    }
}
