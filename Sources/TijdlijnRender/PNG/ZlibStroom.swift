import CZlibSysteem

/// Owns one raw zlib deflate stream. A PNG's strips are compressed on their own and
/// joined: every strip but the last ends with a sync flush, on a byte boundary and
/// without the final-block bit, so the pieces concatenate into one valid stream.
final class ZlibStroom {
    private let z: UnsafeMutablePointer<z_stream>

    init(niveau: Int32, strategie: Int32 = Z_DEFAULT_STRATEGY) throws {
        z = .allocate(capacity: 1)
        z.initialize(to: z_stream())
        // Window bits -15: raw deflate; the zlib header and Adler-32 are written once for all strips.
        let status = deflateInit2_(z, niveau, Z_DEFLATED, -15, 8, strategie, ZLIB_VERSION,
                                   Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            z.deallocate()
            throw RenderFout("kon de PNG-compressie niet starten (zlib-fout \(status))")
        }
    }

    /// Output space, kept between strips so each one does not fault in fresh pages.
    private var uit: [UInt8] = []
    private var gebruikt = false

    /// Compresses `invoer` as a new piece; `laatste` closes the stream, otherwise it ends on
    /// a byte boundary. The stream can be used again for the next piece.
    func comprimeer(_ invoer: UnsafeRawBufferPointer, laatste: Bool) throws -> [UInt8] {
        if gebruikt { deflateReset(z) }
        gebruikt = true
        let ruimte = Int(deflateBound(z, UInt(invoer.count))) + 16
        if uit.count < ruimte { uit = [UInt8](repeating: 0, count: ruimte) }
        let status = uit.withUnsafeMutableBufferPointer { u -> Int32 in
            z.pointee.next_in = UnsafeMutablePointer(mutating: invoer.bindMemory(to: Bytef.self).baseAddress)
            z.pointee.avail_in = UInt32(invoer.count)
            z.pointee.next_out = u.baseAddress
            z.pointee.avail_out = UInt32(ruimte)
            return deflate(z, laatste ? Z_FINISH : Z_SYNC_FLUSH)
        }
        guard status == (laatste ? Z_STREAM_END : Z_OK), z.pointee.avail_in == 0 else {
            throw RenderFout("PNG-compressie mislukt (zlib-fout \(status))")
        }
        return Array(uit[..<(ruimte - Int(z.pointee.avail_out))])
    }

    /// Adler-32 of two pieces joined, from the checksums of each (for the zlib trailer).
    static func adler32(_ a: UInt32, gevolgdDoor b: UInt32, lengte: Int) -> UInt32 {
        UInt32(adler32_combine(UInt(a), UInt(b), Int(lengte)))
    }

    deinit {
        deflateEnd(z)
        z.deallocate()
    }
}
