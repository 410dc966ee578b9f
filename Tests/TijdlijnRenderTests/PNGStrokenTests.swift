import CCairo
import Foundation
import Testing
@testable import TijdlijnRender

@Suite("PNG in stroken")
struct PNGStrokenTests {
    let renderer = TijdlijnRenderer(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                    bevindingen: VoorbeeldCasus.bevindingen)

    /// The PNG read back by libpng (through Cairo), which checks every CRC and the Adler-32;
    /// RGB only (the fourth byte of Cairo's RGB24 is unused).
    func gelezen(_ data: Data) throws -> (breedte: Int, hoogte: Int, pixels: [UInt32]) {
        let pad = try uitvoerMap("png-stroken") + "/\(UUID().uuidString).png"
        try data.write(to: URL(fileURLWithPath: pad))
        defer { unlink(pad) }
        let vlak = cairo_image_surface_create_from_png(pad)
        defer { cairo_surface_destroy(vlak) }
        try #require(cairo_surface_status(vlak) == CAIRO_STATUS_SUCCESS, "libpng leest de PNG niet")
        let (b, h) = (Int(cairo_image_surface_get_width(vlak)), Int(cairo_image_surface_get_height(vlak)))
        let stap = Int(cairo_image_surface_get_stride(vlak)) / 4
        let px = UnsafeRawPointer(cairo_image_surface_get_data(vlak)!).assumingMemoryBound(to: UInt32.self)
        return (b, h, (0..<h).flatMap { r in (0..<b).map { px[r * stap + $0] & 0xFF_FFFF } })
    }

    /// The same wall painted on one surface, as before strips existed.
    func eenVlak(_ s: StrokenPNG) throws -> [UInt32] {
        let o = try s.schilder(van: 0, tot: s.hoogte)
        let px = o.pixels()
        return (0..<s.hoogte).flatMap { r in (0..<s.breedte).map { px.rij(r)[$0] & 0xFF_FFFF } }
    }

    @Test(arguments: PNGFilter.allCases)
    func strokenGevenDezelfdePixelsAlsEenVlak(_ filter: PNGFilter) throws {
        var s = try renderer.pngStroken(dpi: 48)
        s.codeerder.filter = filter
        // Many strips of an odd height, the last one shorter: every seam is exercised.
        s.pixelsPerStrook = s.breedte * 37
        #expect(s.hoogte > 3 * s.rijenPerStrook && s.hoogte % s.rijenPerStrook != 0)
        let png = try gelezen(try s.codeer())
        #expect(png.breedte == s.breedte && png.hoogte == s.hoogte)
        #expect(png.pixels == (try eenVlak(s)))
    }

    @Test func eenEnkeleStrookIsOokEenGeldigePNG() throws {
        var s = try renderer.pngStroken(dpi: 12)
        s.pixelsPerStrook = s.breedte * s.hoogte * 2
        let png = try gelezen(try s.codeer())
        #expect(png.pixels == (try eenVlak(s)))
    }

    @Test func pngBytesZijnWatSchrijfPNGSchrijft() throws {
        let pad = try uitvoerMap("png-stroken") + "/tijdlijn.png"
        let dpi = try renderer.schrijfPNG(naar: pad, dpi: 30)
        let (data, gebruikt) = try renderer.pngData(dpi: 30)
        #expect(dpi == gebruikt)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pad)) == data)
    }

    @Test func verschilIsPerByteZonderLenen() {
        #expect(PNGFilter.verschil(0x00_10_00_05, 0x00_01_01_06) == 0x00_0F_FF_FF)
        #expect(PNGFilter.verschil(0xFF_00_80_7F, 0x01_01_80_80) == 0xFE_FF_00_FF)
    }
}
