import Casus
import Foundation

/// The wall as PNG, painted and compressed in horizontal strips on every core. No full-size
/// raster exists: memory follows the strip height and the core count, not the wall.
/// Each strip is painted with the same transform shifted by whole pixels, so the pixels
/// equal one big surface's.
struct StrokenPNG {
    let opdrachten: [Tekenopdracht]
    let breedte: Int
    let hoogte: Int
    let schaal: Double
    /// Per opdracht the rows (in points) it can reach, to skip it in strips it cannot.
    let omvang: [ClosedRange<Double>]
    var codeerder: PNGCodeerder
    /// Pixels per strip: small enough for memory and for both cores to share the work;
    /// 2^18 measured 5% less CPU than 2^20 in `analyseer` (fewer fresh pages), file +0.4%.
    var pixelsPerStrook = 1 << 18

    init(opdrachten: [Tekenopdracht], breedte: Int, hoogte: Int, schaal: Double) {
        (self.opdrachten, self.breedte, self.hoogte, self.schaal) = (opdrachten, breedte, hoogte, schaal)
        omvang = opdrachten.map(\.verticaleOmvang)
        codeerder = PNGCodeerder(breedte: breedte)
    }

    var rijenPerStrook: Int { max(16, pixelsPerStrook / max(1, breedte)) }

    func codeer() throws -> Data {
        let rijen = rijenPerStrook
        let aantal = (hoogte + rijen - 1) / rijen
        let stroken = try Parallel.tryMap(aantal, werker: {
            (try CairoOppervlak.png(breedte: breedte, hoogte: min(rijen, hoogte)), try PNGWerkplaats(codeerder))
        }) { werker, i in
            let (vlak, werkplaats) = werker
            let (van, tot) = (i * rijen, min(hoogte, (i + 1) * rijen))
            try schilder(op: vlak, van: van, tot: tot)
            return try werkplaats.strook(vlak.pixels(), van: 0, tot: tot - van, laatste: i == aantal - 1)
        }
        return codeerder.bestand(hoogte: hoogte, stroken: stroken)
    }

    /// Rows `van..<tot` of the wall, painted on a surface of their own.
    func schilder(van: Int, tot: Int) throws -> CairoOppervlak {
        let o = try CairoOppervlak.png(breedte: breedte, hoogte: tot - van)
        try schilder(op: o, van: van, tot: tot)
        return o
    }

    /// Rows `van..<tot` of the wall painted at the top of `o` (at least that high), wiped first.
    func schilder(op o: CairoOppervlak, van: Int, tot: Int) throws {
        try o.wis()
        o.verschuif(0, -Double(van))
        o.schaal(schaal)
        CairoSchilder.teken(opdrachten, op: o, omvang: omvang,
                            zichtbaar: (Double(van) - 1) / schaal...(Double(tot) + 1) / schaal)
        try o.controleer()
    }
}
