/// RFC 1951 §3.2.5: match lengths and distances as a code plus extra bits.
enum DeflateTabellen {
    static let lengteBasis: [UInt16] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                        67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengteExtra: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
                                       4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let afstandBasis: [UInt16] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
                                         769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let afstandExtra: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8,
                                        9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// Order in which the code-length code's lengths are sent.
    static let volgorde: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// Length − 3 → length code index (0…28).
    static let lengteCode: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for code in 0..<29 {
            let eind = code == 28 ? 256 : Int(lengteBasis[code + 1]) - 3
            for l in (Int(lengteBasis[code]) - 3)..<eind where l < 256 { t[l] = UInt8(code) }
        }
        t[255] = 28  // 258 has a code of its own, not 227 + 31
        return t
    }()

    /// Distance − 1 → distance code (0…29), for every distance in the 32 KiB window.
    static let afstandCode: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 32768)
        for code in 0..<30 {
            let eind = code == 29 ? 32768 : Int(afstandBasis[code + 1]) - 1
            for d in (Int(afstandBasis[code]) - 1)..<eind { t[d] = UInt8(code) }
        }
        return t
    }()
}
