/// One core's share of a PNG: its buffers and zlib stream are made once and reused for
/// every strip it encodes.
final class PNGWerkplaats {
    let codeerder: PNGCodeerder
    private let comprimeer: (UnsafeRawBufferPointer, Bool) throws -> [UInt8]
    private var gefilterd: [UInt8] = []

    init(_ codeerder: PNGCodeerder) throws {
        self.codeerder = codeerder
        if codeerder.snel {
            let snel = SnelDeflate()
            comprimeer = { snel.comprimeer($0, laatste: $1) }
        } else {
            let stroom = try ZlibStroom(niveau: codeerder.niveau, strategie: codeerder.strategie)
            comprimeer = { try stroom.comprimeer($0, laatste: $1) }
        }
    }

    /// Rows `van..<tot` of `px` as one IDAT chunk; `laatste` ends the stream.
    func strook(_ px: Pixels, van: Int, tot: Int, laatste: Bool) throws -> PNGCodeerder.Strook {
        let breedte = codeerder.breedte
        let lengte = PNGFilter.rijLengte(breedte)
        let totaal = lengte * (tot - van)
        if gefilterd.count < totaal { gefilterd = [UInt8](repeating: 0, count: totaal) }
        return try gefilterd.withUnsafeMutableBufferPointer { g in
            for r in 0..<(tot - van) {
                codeerder.filter.filter(px.rij(van + r), vorige: r > 0 ? px.rij(van + r - 1) : nil,
                                        breedte: breedte, uit: g.baseAddress! + r * lengte)
            }
            let b = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(g)[..<totaal])
            return PNGCodeerder.Strook(chunk: PNGChunk.chunk("IDAT", try comprimeer(b, laatste)),
                                       adler: PNGChunk.adler32(b), lengte: totaal)
        }
    }
}
