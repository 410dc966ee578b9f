/// Windows-1252, the encoding Word and Excel on Dutch Windows machines save text in.
/// Written out because Foundation's support for it differs between platforms.
enum Windows1252 {
    /// 0x80–0x9F; nil where the code page leaves a byte undefined.
    private static let tabel: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    static func decodeer<C: Collection>(_ bytes: C) -> String? where C.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let waarde: UInt32
            if (0x80...0x9F).contains(b) {
                guard let w = tabel[Int(b - 0x80)] else { return nil }
                waarde = w
            } else {
                waarde = UInt32(b)
            }
            guard let scalar = Unicode.Scalar(waarde) else { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
