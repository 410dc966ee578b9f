import Foundation
import Testing
@testable import TijdlijnRender

/// A web server needs the pictures as bytes, not files: the same bytes the files get.
@Suite("PNG, SVG en PDF als bytes")
struct RenderBytesTests {
    let renderer = TijdlijnRenderer(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                    bevindingen: VoorbeeldCasus.bevindingen)

    @Test func pngBytesZijnHetBestand() throws {
        let pad = try uitvoerMap("bytes") + "/tijdlijn.png"
        try renderer.schrijfPNG(naar: pad, dpi: 72)
        let png = try renderer.pngData(dpi: 72)
        #expect(png.dpi == 72)
        #expect(png.data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.data == (try Data(contentsOf: URL(fileURLWithPath: pad))))
    }

    @Test func svgBytesZijnHetBestand() throws {
        let pad = try uitvoerMap("bytes") + "/tijdlijn.svg"
        try renderer.schrijfSVG(naar: pad)
        #expect(renderer.svgData() == (try Data(contentsOf: URL(fileURLWithPath: pad))))
        #expect(String(decoding: renderer.svgData(), as: UTF8.self).hasPrefix("<?xml") ||
                String(decoding: renderer.svgData(), as: UTF8.self).hasPrefix("<svg"))
    }

    @Test(arguments: [nil, Posterformaat.a4])
    func pdfBytesZijnEenVolledigePDF(_ poster: Posterformaat?) throws {
        let pdf = try renderer.pdfData(poster: poster)
        #expect(pdf.data.starts(with: Data("%PDF-".utf8)))
        // A finished PDF ends with its end-of-file marker (and a newline).
        let staart = String(decoding: pdf.data.suffix(8), as: UTF8.self)
        #expect(staart.contains("%%EOF"))
        let pad = try uitvoerMap("bytes") + "/tijdlijn-\(poster?.rawValue ?? "lang").pdf"
        #expect(try renderer.schrijfPDF(naar: pad, poster: poster) == pdf.paginas)
        #expect(try pdfPaginas(pad) == pdf.paginas)
    }
}
