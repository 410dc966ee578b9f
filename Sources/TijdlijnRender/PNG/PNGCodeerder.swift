import Casus
import CZlibSysteem
import Foundation

/// How rows of Cairo pixels become a PNG, strip by strip: strips are encoded on different
/// cores (`PNGWerkplaats`) and joined into one zlib stream by `bestand`.
struct PNGCodeerder: Sendable {
    let breedte: Int
    var filter = PNGFilter.boven
    /// Our own deflate (`SnelDeflate`); false: zlib at `niveau` and `strategie` (to compare).
    var snel = true
    var niveau: Int32 = 1
    var strategie: Int32 = Z_DEFAULT_STRATEGY

    /// One strip's IDAT chunk and what the zlib trailer needs from it.
    struct Strook: Sendable {
        var chunk: [UInt8]
        var adler: UInt32
        var lengte: Int
    }

    /// The whole file from the strips in order (the last one made with `laatste`).
    func bestand(hoogte: Int, stroken: [Strook]) -> Data {
        var adler: UInt32 = 1
        var png = Data(PNGChunk.handtekening + PNGChunk.kop(breedte: breedte, hoogte: hoogte))
        // zlib header: deflate with a 32 KiB window; the check bits make 0x7801 a multiple of 31.
        png.append(contentsOf: PNGChunk.chunk("IDAT", [0x78, 0x01]))
        for s in stroken {
            png.append(contentsOf: s.chunk)
            adler = ZlibStroom.adler32(adler, gevolgdDoor: s.adler, lengte: s.lengte)
        }
        png.append(contentsOf: PNGChunk.chunk("IDAT", PNGChunk.be32(adler)))
        png.append(contentsOf: PNGChunk.chunk("IEND", []))
        return png
    }
}
