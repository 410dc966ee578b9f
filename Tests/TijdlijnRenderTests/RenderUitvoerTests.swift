import Casus
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TijdlijnRender

/// A fresh folder per test; set CASUS_RENDER_UIT to keep the files for looking at them.
func uitvoerMap(_ naam: String) throws -> String {
    let basis = ProcessInfo.processInfo.environment["CASUS_RENDER_UIT"]
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("casus-render-\(getpid())").path
    let map = basis + "/" + naam
    try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
    return map
}

func pngAfmeting(_ pad: String) throws -> (Int, Int) {
    let data = try Data(contentsOf: URL(fileURLWithPath: pad))
    #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    func be32(_ o: Int) -> Int { data[o..<o + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20))
}

func pdfPaginas(_ pad: String) throws -> Int {
    let data = try Data(contentsOf: URL(fileURLWithPath: pad))
    let tekst = String(decoding: data, as: UTF8.self)
    // Cairo writes each page object as "/Type /Page" (the tree is "/Type /Pages").
    return tekst.components(separatedBy: "/Type /Page\n").count - 1
        + tekst.components(separatedBy: "/Type /Page ").count - 1
}

@Suite("PNG, SVG en PDF")
struct RenderUitvoerTests {
    let renderer = TijdlijnRenderer(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                    bevindingen: VoorbeeldCasus.bevindingen)

    @Test func pngHeeftDeAfmetingVanDeLayoutBijDeDPI() throws {
        let pad = try uitvoerMap("png") + "/tijdlijn.png"
        let dpi = try renderer.schrijfPNG(naar: pad, dpi: 96)
        #expect(dpi == 96)
        let (b, h) = try pngAfmeting(pad)
        #expect(b == Int((renderer.layout.breedte * 96 / 72).rounded(.up)))
        #expect(h == Int((renderer.layout.hoogte * 96 / 72).rounded(.up)))
        let rechten = try FileManager.default.attributesOfItem(atPath: pad)[.posixPermissions] as? Int
        #expect(rechten == 0o600)
    }

    @Test func pdfIsEenLangePagina() throws {
        let pad = try uitvoerMap("pdf") + "/tijdlijn.pdf"
        #expect(try renderer.schrijfPDF(naar: pad) == 1)
        #expect(try pdfPaginas(pad) == 1)
    }

    @Test(arguments: [Posterformaat.a4, .a3])
    func posterHeeftRijenMaalKolommenPaginas(_ formaat: Posterformaat) throws {
        let pad = try uitvoerMap("poster") + "/poster-\(formaat.rawValue).pdf"
        let aantal = try renderer.schrijfPDF(naar: pad, poster: formaat)
        let raster = PosterTegels(layout: renderer.layout, formaat: formaat).raster
        #expect(aantal == raster.rijen * raster.kolommen)
        #expect(aantal > 1)
        #expect(try pdfPaginas(pad) == aantal)
    }

    @Test func posterRasterDektDeHeleWand() {
        for formaat in Posterformaat.allCases {
            let t = PosterTegels(layout: renderer.layout, formaat: formaat)
            let (rijen, kolommen) = t.raster
            let stapX = t.inhoud.breedte - PosterTegels.overlap
            let stapY = t.inhoud.hoogte - PosterTegels.overlap
            #expect(Double(kolommen - 1) * stapX + t.inhoud.breedte >= renderer.layout.breedte)
            #expect(Double(kolommen - 2) * stapX + t.inhoud.breedte < renderer.layout.breedte)
            #expect(Double(rijen - 1) * stapY + t.inhoud.hoogte >= renderer.layout.hoogte)
        }
        #expect(PosterTegels.rijLetter(0) == "A" && PosterTegels.rijLetter(25) == "Z"
                && PosterTegels.rijLetter(26) == "AA")
    }

    @Test func svgIsDeterministischEnGeldig() throws {
        let a = renderer.svg()
        let b = TijdlijnRenderer(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                 bevindingen: VoorbeeldCasus.bevindingen).svg()
        #expect(a == b)
        #expect(!a.contains("<script>"))
        #expect(a.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp;"))
        #expect(a.contains("Gezagsbeëindiging") || a.contains("Émile"))
        let pad = try uitvoerMap("svg") + "/tijdlijn.svg"
        try renderer.schrijfSVG(naar: pad)
        let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: pad)))
        #expect(parser.parse(), "SVG is geen geldige XML: \(String(describing: parser.parserError))")
    }

    @Test func schrijvenNaarOnbestaandeMapGeeftNederlandseFout() {
        let png = #expect(throws: BeschermdBestand.Fout.self) {
            try renderer.schrijfPNG(naar: "/bestaat/niet/tijdlijn.png")
        }
        let pdf = #expect(throws: BeschermdBestand.Fout.self) {
            try renderer.schrijfPDF(naar: "/bestaat/niet/tijdlijn.pdf")
        }
        for fout in [png, pdf] { #expect(fout?.description.contains("de map bestaat niet") == true, "\(String(describing: fout))") }
    }
}
