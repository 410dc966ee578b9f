import Casus
import CPangoCairo
import Foundation

/// Draws a `Tekening` (a report chart) on a Cairo context as vectors: shapes as
/// paths, labels as Pango text, so the PDF chart stays sharp at any zoom and
/// pdftotext reads its labels. Sizes are the chart's own units (as in its SVG).
enum TekeningPDF {
    static func teken(_ t: Tekening, in cr: OpaquePointer, x: Double, y: Double, schaal: Double) throws {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, x, y)
        cairo_scale(cr, schaal, schaal)
        for vorm in t.vormen {
            switch vorm {
            case let .rechthoek(x, y, b, h, vulling, _, _):
                kleur(vulling, cr)
                cairo_rectangle(cr, x, y, b, h)
                cairo_fill(cr)
            case let .lijn(x1, y1, x2, y2, k):
                kleur(k, cr)
                cairo_set_line_width(cr, 1)
                cairo_move_to(cr, x1, y1)
                cairo_line_to(cr, x2, y2)
                cairo_stroke(cr)
            case let .tekst(tekst, x, y, grootte, uitlijning, vet, k, draai, _):
                try label(tekst, x: x, y: y, grootte: grootte, uitlijning: uitlijning, vet: vet, kleur: k,
                          draai: draai, cr)
            }
        }
    }

    /// `y` is the baseline, as in SVG; the anchor decides where `x` sits on the text.
    private static func label(_ tekst: String, x: Double, y: Double, grootte: Double, uitlijning: Tekening.Uitlijning,
                              vet: Bool, kleur k: String, draai: Double?, _ cr: OpaquePointer) throws {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, x, y)
        if let draai { cairo_rotate(cr, draai * .pi / 180) }
        // Made after the transform, so Pango lays out for this scale and angle.
        let opmaak = try TekstOpmaak(cr, tekst: tekst, lettertype: "DejaVu Sans\(vet ? " Bold" : "") \(grootte)px",
                                     breedte: nil)
        let breedte = opmaak.maat.breedte
        let dx = switch uitlijning { case .start: 0.0; case .middle: -breedte / 2; case .end: -breedte }
        kleur(k, cr)
        opmaak.teken(x: dx, y: -opmaak.basislijn, in: cr)
    }

    /// `#rgb` or `#rrggbb`; anything else is dark grey.
    static func kleur(_ hex: String, _ cr: OpaquePointer) {
        var cijfers = String(hex.drop { $0 == "#" })
        if cijfers.count == 3 { cijfers = cijfers.map { "\($0)\($0)" }.joined() }
        guard cijfers.count == 6, let waarde = UInt32(cijfers, radix: 16) else {
            cairo_set_source_rgb(cr, 0.13, 0.13, 0.13)
            return
        }
        cairo_set_source_rgb(cr, Double((waarde >> 16) & 0xff) / 255, Double((waarde >> 8) & 0xff) / 255,
                             Double(waarde & 0xff) / 255)
    }
}
