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
    /// Step 3's answers in full: the PDF's detail pages.
    let details: [Formuleringen.Regel]
    /// Largest PNG we make, in pixels: keeps memory bounded for very long casussen.
    public static let maxPixels = 150_000_000.0
    /// PDF viewers refuse pages larger than 200 inches.
    static let maxPDFZijde = 14_400.0

    /// Lays out the casus; with `opties.pseudoniem` every name is replaced by its role first.
    /// `gepseudonimiseerd`: the input was already pseudonymised by the caller (title says so).
    /// `sessie`: what the session added, as screens show it (`Analyse.getoond`, or
    /// `Sessie.weergave`); with `opties.pseudoniem` pass it as read: it is pseudonymised here.
    public init(_ tijdlijn: Tijdlijn, annotaties: [Annotatie] = [], bevindingen: [Bevinding] = [],
                opties: RenderOpties = RenderOpties(), gepseudonimiseerd: Bool = false, sessie: Sessie? = nil) {
        var (t, a, b, s) = (tijdlijn, annotaties, bevindingen, sessie)
        if opties.pseudoniem {
            (t, a, b) = tijdlijn.pseudonimiseer(annotaties: annotaties, bevindingen: bevindingen,
                                                extra: sessie?.namenMetRol ?? [])
            s = sessie?.weergave(tijdlijn: tijdlijn, pseudoniem: true)
        }
        var o = opties
        o.pseudoniem = opties.pseudoniem || gepseudonimiseerd
        layout = TijdlijnLayouter.maak(t, annotaties: a, bevindingen: b, opties: o, sessie: s)
        formuleringen = Formuleringen.regels(t)
        details = Formuleringen.details(t)
    }

    public func svg() -> String { SVGSchrijver.svg(layout) }

    /// The SVG as UTF-8 bytes (for a web server; `schrijfSVG` for a file).
    public func svgData() -> Data { Data(svg().utf8) }

    public func schrijfSVG(naar pad: String, regels: BeschermdBestand.Regels = .standaard) throws {
        try BeschermdBestand.schrijfSet([svgUitvoer(pad)], regels: regels)
    }

    /// Writes the PNG; returns the dpi actually used (lower than asked only for huge walls).
    @discardableResult
    public func schrijfPNG(naar pad: String, dpi: Double = RenderOpties.standaardDPI,
                           regels: BeschermdBestand.Regels = .standaard) throws -> Double {
        let (uitvoer, gebruikt) = try pngUitvoer(pad, dpi: dpi)
        try BeschermdBestand.schrijfSet([uitvoer], regels: regels)
        return gebruikt
    }

    /// The PNG file's bytes and the dpi actually used.
    public func pngData(dpi: Double = RenderOpties.standaardDPI) throws -> (data: Data, dpi: Double) {
        let s = try pngStroken(dpi: dpi)
        return (try s.codeer(), s.schaal * 72)
    }

    /// The strip painter for this wall at `dpi`, capped so huge walls stay within bounds.
    func pngStroken(dpi: Double) throws -> StrokenPNG {
        guard dpi > 0, dpi.isFinite else { throw RenderFout("dpi moet groter dan 0 zijn") }
        let schaal = min(dpi / 72, 32_000 / layout.breedte, 32_000 / layout.hoogte,
                         (Self.maxPixels / (layout.breedte * layout.hoogte)).squareRoot())
        return StrokenPNG(opdrachten: Scene.opdrachten(layout),
                          breedte: Int((layout.breedte * schaal).rounded(.up)),
                          hoogte: Int((layout.hoogte * schaal).rounded(.up)), schaal: schaal)
    }

    /// One long page, or tiles to tape together when `poster` is set. Returns the page count.
    @discardableResult
    public func schrijfPDF(naar pad: String, poster: Posterformaat? = nil,
                           regels: BeschermdBestand.Regels = .standaard) throws -> Int {
        let (uitvoer, paginas) = try pdfUitvoer(pad, poster: poster)
        try BeschermdBestand.schrijfSet([uitvoer], regels: regels)
        return paginas
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
        let extra = try Formuleringen.teken(details, titel: "Casus \(layout.casus): dynamiek, effect op professionals en volgende stap, voluit", op: o)
            + Formuleringen.teken(formuleringen, titel: "Casus \(layout.casus): elke formulering per bron", op: o)
        try o.afronden()
        return (o.pdfData(), 1 + extra)
    }

    // The outputs as parts of a set (`BeschermdBestand.schrijfSet`): drawn before any
    // file is touched, so a drawing that fails writes nothing.

    public func svgUitvoer(_ pad: String) -> BeschermdBestand.Uitvoer {
        BeschermdBestand.Uitvoer(pad: pad, data: svgData())
    }

    /// The output and the dpi actually used.
    public func pngUitvoer(_ pad: String, dpi: Double) throws -> (BeschermdBestand.Uitvoer, Double) {
        let png = try pngData(dpi: dpi)
        return (BeschermdBestand.Uitvoer(pad: pad, data: png.data), png.dpi)
    }

    /// The output and its page count.
    public func pdfUitvoer(_ pad: String, poster: Posterformaat?) throws -> (BeschermdBestand.Uitvoer, Int) {
        let pdf = try pdfData(poster: poster)
        return (BeschermdBestand.Uitvoer(pad: pad, data: pdf.data), pdf.paginas)
    }
}
