import CDeflate

/// The pieces of a PNG file around the compressed rows: signature, chunks with their CRC.
enum PNGChunk {
    static let handtekening: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// 8-bit RGB, deflate, standard filters, not interlaced.
    static func kop(breedte: Int, hoogte: Int) -> [UInt8] {
        chunk("IHDR", be32(UInt32(breedte)) + be32(UInt32(hoogte)) + [8, 2, 0, 0, 0])
    }

    /// Length, type, data and the CRC-32 over type and data.
    static func chunk(_ soort: String, _ inhoud: [UInt8]) -> [UInt8] {
        var uit = be32(UInt32(inhoud.count))
        uit.reserveCapacity(inhoud.count + 12)
        uit += Array(soort.utf8)
        uit += inhoud
        let crc = uit[4...].withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        return uit + be32(crc)
    }

    static func be32(_ n: UInt32) -> [UInt8] {
        [UInt8(n >> 24), UInt8(truncatingIfNeeded: n >> 16), UInt8(truncatingIfNeeded: n >> 8),
         UInt8(truncatingIfNeeded: n)]
    }

    static func adler32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        libdeflate_adler32(1, bytes.baseAddress, bytes.count)
    }
}
