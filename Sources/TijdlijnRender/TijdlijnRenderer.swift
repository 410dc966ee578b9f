import Casus
import Foundation

/// Poster paper for a tiled PDF.
public enum Posterformaat: String, Sendable, CaseIterable {
    case a4 = "A4", a3 = "A3"

    /// Landscape size in points.
    var pagina: (breedte: Double, hoogte: Double) {
        switch self {
        case .a4: (841.89, 595.28)
        case .a3: (1190.55, 841.89)
        }
    }
}

/// The render entry points: layout once, then write any of PNG, SVG and PDF.
public struct TijdlijnRenderer: Sendable {
    public let layout: TijdlijnLayout
    /// Each source's own words for items of several sources: the PDF's last pages.
    let formuleringen: [Formuleringen.Regel]
    /// Largest PNG we make, in pixels: keeps memory bounded for very long casussen.
    public static let maxPixels = 150_000_000.0
    /// PDF viewers refuse pages larger than 200 inches.
    static let maxPDFZijde = 14_400.0

    /// Lays out the casus; with `opties.pseudoniem` every name is replaced by its role first.
    /// `gepseudonimiseerd`: the input was already pseudonymised by the caller (title says so).
    public init(_ tijdlijn: Tijdlijn, annotaties: [Annotatie] = [], bevindingen: [Bevinding] = [],
                opties: RenderOpties = RenderOpties(), gepseudonimiseerd: Bool = false) {
        var (t, a, b) = (tijdlijn, annotaties, bevindingen)
        if opties.pseudoniem {
            (t, a, b) = tijdlijn.pseudonimiseer(annotaties: annotaties, bevindingen: bevindingen)
        }
        var o = opties
        o.pseudoniem = opties.pseudoniem || gepseudonimiseerd
        layout = TijdlijnLayouter.maak(t, annotaties: a, bevindingen: b, opties: o)
        formuleringen = Formuleringen.regels(t)
    }

    public func svg() -> String { SVGSchrijver.svg(layout) }

    /// The SVG as UTF-8 bytes (for a web server; `schrijfSVG` for a file).
    public func svgData() -> Data { Data(svg().utf8) }

    public func schrijfSVG(naar pad: String) throws {
        try BestandSchrijver.schrijf(svgData(), naar: pad)
    }

    /// Writes the PNG; returns the dpi actually used (lower than asked only for huge walls).
    @discardableResult
    public func schrijfPNG(naar pad: String, dpi: Double = RenderOpties.standaardDPI) throws -> Double {
        let png = try pngData(dpi: dpi)
        try BestandSchrijver.schrijf(png.data, naar: pad)
        return png.dpi
    }

    /// The PNG as bytes, and the dpi actually used (lower than asked only for huge walls).
    public func pngData(dpi: Double = RenderOpties.standaardDPI) throws -> (data: Data, dpi: Double) {
        guard dpi > 0, dpi.isFinite else { throw RenderFout("dpi moet groter dan 0 zijn") }
        var schaal = dpi / 72
        schaal = min(schaal, 32_000 / layout.breedte, 32_000 / layout.hoogte,
                     (Self.maxPixels / (layout.breedte * layout.hoogte)).squareRoot())
        let o = try CairoOppervlak.png(breedte: Int((layout.breedte * schaal).rounded(.up)),
                                       hoogte: Int((layout.hoogte * schaal).rounded(.up)))
        o.schaal(schaal)
        CairoSchilder.teken(Scene.opdrachten(layout), op: o)
        try o.controleer()
        return (try o.pngData(), schaal * 72)
    }

    /// One long page, or tiles to tape together when `poster` is set. Returns the page count.
    @discardableResult
    public func schrijfPDF(naar pad: String, poster: Posterformaat? = nil) throws -> Int {
        let pdf = try pdfData(poster: poster)
        try BestandSchrijver.schrijf(pdf.data, naar: pad)
        return pdf.paginas
    }

    /// The PDF as bytes: one long page, or tiles when `poster` is set; and its page count.
    public func pdfData(poster: Posterformaat? = nil) throws -> (data: Data, paginas: Int) {
        let titel = "Tijdlijn casus \(layout.casus)"
        if let poster {
            return try PosterTegels(layout: layout, formaat: poster).pdf(titel: titel)
        }
        let schaal = min(1, Self.maxPDFZijde / layout.breedte, Self.maxPDFZijde / layout.hoogte)
        let o = try CairoOppervlak.pdf(breedte: layout.breedte * schaal, hoogte: layout.hoogte * schaal, titel: titel)
        o.bewaar()
        o.schaal(schaal)
        CairoSchilder.teken(Scene.opdrachten(layout), op: o)
        o.herstel()
        let extra = try Formuleringen.teken(formuleringen, casus: layout.casus, op: o)
        try o.afronden()
        return (o.pdfData(), 1 + extra)
    }
}

/// Writes case data with mode 0600.
package enum BestandSchrijver {
    package static func schrijf(_ data: Data, naar pad: String) throws {
        try metRechten(pad) {
            do {
                try data.write(to: URL(fileURLWithPath: pad))
            } catch {
                throw RenderFout("kon \(pad) niet schrijven: \(error.localizedDescription)")
            }
        }
    }

    /// Creates the file 0600 before the writer fills it, so it is never readable by others.
    static func metRechten<T>(_ pad: String, _ schrijf: () throws -> T) throws -> T {
        let fd = open(pad, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else {
            throw RenderFout("kon \(pad) niet aanmaken: \(String(cString: strerror(errno)))")
        }
        fchmod(fd, 0o600)
        close(fd)
        return try schrijf()
    }
}
