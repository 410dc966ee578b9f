import Casus
import CPangoCairo
import Foundation

/// A picture too big for one page (the wall of a session report).
enum GrootBeeld {
    /// Landscape A4, in points.
    static let breedte = DocumentPDF.hoogte, hoogte = DocumentPDF.breedte
    static let kopHoogte = 22.0, voetRuimte = 16.0
    /// The share of a part that the next part repeats, so nothing is lost at a cut.
    static let overlap = 0.04

    /// Where each part starts, in pixels of the picture: rows top to bottom, each left to
    /// right, as a poster is taped together. `deel` is one part's size in pixels.
    static func delen(breedte b: Double, hoogte h: Double, deel: (breedte: Double, hoogte: Double))
        -> [(x: Double, y: Double, rij: Int, kolom: Int)] {
        func starts(_ lengte: Double, _ stuk: Double) -> [Double] {
            guard lengte > stuk else { return [0] }
            let n = Int(((lengte - stuk * overlap) / (stuk * (1 - overlap))).rounded(.up))
            let stap = (lengte - stuk) / Double(max(n - 1, 1))
            return (0..<n).map { Double($0) * stap }
        }
        let xs = starts(b, deel.breedte), ys = starts(h, deel.hoogte)
        return ys.enumerated().flatMap { r, y in xs.enumerated().map { k, x in (x, y, r, k) } }
    }

    static func html(_ png: Data, naam: String, bijschrift: String?) -> String {
        let e = XMLTekst.escape
        return "<figure><div class=\"groot\"><img alt=\"\(e(naam))\" src=\"data:image/png;base64,\(png.base64EncodedString())\"></div>"
            + "<figcaption>\(e([bijschrift, "Op ware grootte: schuif in het kader om alles te zien."].compactMap { $0 }.joined(separator: " ")))</figcaption></figure>\n"
    }
}

extension DocumentPDF.Zetter {
    /// An overview at the text width, then the picture in parts on landscape pages, each
    /// at `puntPerPixel` and headed with its place ("rij 1 van 2, kolom 3 van 4").
    func grootBeeld(_ png: Data, puntPerPixel s: Double, naam: String, bijschrift: String?) throws {
        let beeld = try PNGAfbeelding(png: png)
        let B = GrootBeeld.breedte, H = GrootBeeld.hoogte
        let vak = (breedte: B - 2 * DocumentPDF.marge,
                   hoogte: H - 2 * DocumentPDF.marge - GrootBeeld.kopHoogte - GrootBeeld.voetRuimte)
        let delen = GrootBeeld.delen(breedte: beeld.breedte, hoogte: beeld.hoogte,
                                     deel: (min(vak.breedte / s, beeld.breedte), min(vak.hoogte / s, beeld.hoogte)))
        let rijen = (delen.map(\.rij).max() ?? 0) + 1, kolommen = (delen.map(\.kolom).max() ?? 0) + 1
        let verwijzing = delen.count == 1 ? "Op de volgende pagina groot afgedrukt."
            : "Op de volgende \(delen.count) pagina's groot afgedrukt, in \(rijen) \(rijen == 1 ? "rij" : "rijen") van \(kolommen) delen (met een kleine overlap, om aan elkaar te leggen)."
        try afbeelding(beeld, bijschrift: [bijschrift, verwijzing].compactMap { $0 }.joined(separator: " "))
        nieuwePagina()
        for (n, deel) in delen.enumerated() {
            cairo_pdf_surface_set_size(pdf.surface, B, H)
            let kop = "\(naam), deel \(n + 1) van \(delen.count)"
                + (delen.count > 1 ? " (rij \(deel.rij + 1) van \(rijen), kolom \(deel.kolom + 1) van \(kolommen))" : "")
            let opmaak = try TekstOpmaak(pdf.cr, tekst: kop, lettertype: "DejaVu Sans Bold 10", breedte: vak.breedte)
            cairo_set_source_rgb(pdf.cr, 0.13, 0.13, 0.13)
            opmaak.teken(x: DocumentPDF.marge, y: DocumentPDF.marge, in: pdf.cr)
            let top = DocumentPDF.marge + GrootBeeld.kopHoogte
            let w = min(vak.breedte, (beeld.breedte - deel.x) * s), h = min(vak.hoogte, (beeld.hoogte - deel.y) * s)
            cairo_save(pdf.cr)
            cairo_rectangle(pdf.cr, DocumentPDF.marge, top, w, h)
            cairo_clip(pdf.cr)
            cairo_translate(pdf.cr, DocumentPDF.marge - deel.x * s, top - deel.y * s)
            cairo_scale(pdf.cr, s, s)
            cairo_set_source_surface(pdf.cr, beeld.surface, 0, 0)
            cairo_paint(pdf.cr)
            cairo_restore(pdf.cr)
            voetLiggend()
        }
    }

    /// Ends a landscape page and turns the next one back to portrait A4 (the next part
    /// turns it landscape again before drawing).
    private func voetLiggend() {
        voet(breedte: GrootBeeld.breedte, hoogte: GrootBeeld.hoogte)
        cairo_show_page(pdf.cr)
        cairo_pdf_surface_set_size(pdf.surface, DocumentPDF.breedte, DocumentPDF.hoogte)
        pagina += 1
        y = DocumentPDF.marge
    }
}
