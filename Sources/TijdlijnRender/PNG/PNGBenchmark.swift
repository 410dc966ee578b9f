import Casus
import CZlibSysteem
import Foundation

/// `casus bench png`: the PNG of a real casus, made as the product makes it, against libpng's
/// defaults and against zlib level 6 on the same raw pixels; and every filter × level on
/// those pixels, so the choice in `PNGCodeerder` rests on a measurement.
public enum PNGBenchmark {
    public static func meet(_ r: TijdlijnRenderer, dpi: Double, keer: Int, varianten: Bool) throws -> [String] {
        let s = try r.pngStroken(dpi: dpi)
        var regels = ["afmeting: \(s.breedte) × \(s.hoogte) px (\(s.breedte * s.hoogte / 1000) kpx), "
                      + "\(ProcessInfo.processInfo.activeProcessorCount) kernen, "
                      + "strook \(s.rijenPerStrook) rijen"]
        var ons = Data()
        let totaal = try mediaan(keer) { ons = try s.codeer() }
        // One big surface, painted on one core: the reference for size and pixels.
        var vlak: CairoOppervlak?
        let schilderen = try mediaan(keer) { vlak = try s.schilder(van: 0, tot: s.hoogte) }
        guard let vlak else { return regels }
        var libpngGrootte = 0
        let libpng = try mediaan(keer) { libpngGrootte = try vlak.pngData().count }
        let px = vlak.pixels()
        var gelijk = ons
        let coderen = try mediaan(keer) { gelijk = try codeer(s, s.codeerder, px) }
        let ruw = try ruweRijen(s, px)
        var (zlib6, zlib1) = (0, 0)
        let z6 = try mediaan(keer) {
            zlib6 = try ruw.withUnsafeBytes { try ZlibStroom(niveau: 6).comprimeer($0, laatste: true).count }
        }
        let z1 = try mediaan(keer) {
            zlib1 = try ruw.withUnsafeBytes { try ZlibStroom(niveau: 1).comprimeer($0, laatste: true).count }
        }
        regels += [
            "png zoals casus hem maakt (schilderen + coderen in stroken, alle kernen): \(ms(totaal)), "
                + "\(ons.count) bytes",
            "  alleen coderen, zelfde pixels (\(s.codeerder.omschrijving)): \(ms(coderen))"
                + (gelijk == ons ? "" : " — LET OP: andere bytes dan de stroken"),
            "één vlak schilderen op één kern: \(ms(schilderen))",
            "libpng standaard (cairo_surface_write_to_png_stream): \(ms(libpng)), \(libpngGrootte) bytes",
            "zlib niveau 6 op dezelfde ruwe pixels (één kern): \(ms(z6)), \(zlib6) bytes",
            "zlib niveau 1 op dezelfde ruwe pixels (één kern): \(ms(z1)), \(zlib1) bytes",
            String(format: "verhouding coderen / zlib-6: %.2f; grootte / libpng: %.2f",
                   coderen / z6, Double(ons.count) / Double(max(1, libpngGrootte))),
        ]
        if varianten {
            for filter in PNGFilter.allCases {
                for (niveau, strategie) in [(0, Z_DEFAULT_STRATEGY), (1, Z_DEFAULT_STRATEGY), (1, Z_RLE),
                                            (2, Z_DEFAULT_STRATEGY), (3, Z_DEFAULT_STRATEGY), (6, Z_DEFAULT_STRATEGY)] {
                    let c = PNGCodeerder(breedte: s.breedte, filter: filter, snel: niveau == 0, niveau: Int32(niveau),
                                         strategie: strategie)
                    var grootte = 0
                    let t = try mediaan(keer) { grootte = try codeer(s, c, px).count }
                    regels.append(String(format: "  variant %@: %@, %d bytes (%.2f × libpng)", c.omschrijving,
                                         ms(t), grootte, Double(grootte) / Double(max(1, libpngGrootte))))
                }
            }
        }
        return regels
    }

    /// The strips of one painted surface encoded as `StrokenPNG` would, on all cores.
    private static func codeer(_ s: StrokenPNG, _ c: PNGCodeerder, _ px: Pixels) throws -> Data {
        let rijen = s.rijenPerStrook
        let aantal = (s.hoogte + rijen - 1) / rijen
        let stroken = try Parallel.tryMap(aantal, werker: { try PNGWerkplaats(c) }) { w, i in
            try w.strook(px, van: i * rijen, tot: min(s.hoogte, (i + 1) * rijen), laatste: i == aantal - 1)
        }
        return c.bestand(hoogte: s.hoogte, stroken: stroken)
    }

    /// The rows as an unfiltered PNG holds them: filter byte 0, then RGB.
    private static func ruweRijen(_ s: StrokenPNG, _ px: Pixels) throws -> [UInt8] {
        let lengte = PNGFilter.rijLengte(s.breedte)
        return [UInt8](unsafeUninitializedCapacity: lengte * s.hoogte) { uit, aantal in
            for r in 0..<s.hoogte {
                PNGFilter.geen.filter(px.rij(r), vorige: nil, breedte: s.breedte,
                                      uit: uit.baseAddress! + r * lengte)
            }
            aantal = lengte * s.hoogte
        }
    }

    /// Median wall time in milliseconds of `keer` runs.
    static func mediaan(_ keer: Int, _ stap: () throws -> Void) throws -> Double {
        var tijden: [Double] = []
        for _ in 0..<max(1, keer) {
            let begin = DispatchTime.now().uptimeNanoseconds
            try stap()
            tijden.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
        }
        tijden.sort()
        return tijden.count % 2 == 1 ? tijden[tijden.count / 2]
            : (tijden[tijden.count / 2 - 1] + tijden[tijden.count / 2]) / 2
    }

    private static func ms(_ t: Double) -> String { String(format: "%.1f ms", t) }
}

extension PNGCodeerder {
    var omschrijving: String {
        snel ? "filter \(filter), eigen deflate" : "filter \(filter), zlib \(niveau)\(strategie == Z_RLE ? " rle" : "")"
    }
}
