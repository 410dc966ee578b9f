import CPangoCairo
import Foundation

/// Owns one PDF surface and its Cairo context; a bad Cairo status becomes a
/// thrown Dutch error instead of a silently empty file. Writes to a path, or
/// into memory (a download that never lands on disk, not even in /tmp).
final class PDFOppervlak {
    let surface: OpaquePointer
    let cr: OpaquePointer
    let pad: String
    /// The bytes when written into memory.
    let geheugen: PDFGeheugen?

    init(pad: String, breedte: Double, hoogte: Double) throws {
        guard let surface = cairo_pdf_surface_create(pad, breedte, hoogte) else {
            throw DocumentFout("kon de PDF \(pad) niet maken")
        }
        self.surface = surface
        self.pad = pad
        geheugen = nil
        cr = try Self.context(surface, pad)
        try controleer()
    }

    init(inGeheugen breedte: Double, hoogte: Double) throws {
        let geheugen = PDFGeheugen()
        let schrijf: cairo_write_func_t = { doel, bytes, lengte in
            guard let doel, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<PDFGeheugen>.fromOpaque(doel).takeUnretainedValue().data.append(bytes, count: Int(lengte))
            return CAIRO_STATUS_SUCCESS
        }
        // The surface holds an unretained pointer: `geheugen` lives as long as this object.
        guard let surface = cairo_pdf_surface_create_for_stream(
            schrijf, Unmanaged.passUnretained(geheugen).toOpaque(), breedte, hoogte) else {
            throw DocumentFout("kon de PDF niet maken")
        }
        self.surface = surface
        pad = "(in het geheugen)"
        self.geheugen = geheugen
        cr = try Self.context(surface, "(in het geheugen)")
        try controleer()
    }

    private static func context(_ surface: OpaquePointer, _ pad: String) throws -> OpaquePointer {
        guard let cr = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw DocumentFout("kon de PDF \(pad) niet maken")
        }
        return cr
    }

    func metadata(titel: String) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, titel)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "casus")
    }

    func controleer() throws {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw DocumentFout("de PDF \(pad) kon niet worden geschreven: \(String(cString: cairo_status_to_string(status)))")
        }
    }

    func sluit() throws {
        cairo_surface_finish(surface)
        try controleer()
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }
}

/// The bytes of a PDF written into memory.
final class PDFGeheugen {
    var data = Data()
}

/// Owns one Pango layout: a block of text laid out at a width in one font.
final class TekstOpmaak {
    let layout: OpaquePointer

    /// Without `breedte` the text is one line, never wrapped (labels in a chart).
    init(_ cr: OpaquePointer, tekst: String, lettertype: String, breedte: Double?) throws {
        guard let layout = pango_cairo_create_layout(cr) else { throw DocumentFout("kon geen tekst opmaken") }
        self.layout = layout
        guard let font = pango_font_description_from_string(lettertype) else {
            throw DocumentFout("onbekend lettertype \(lettertype)")
        }
        defer { pango_font_description_free(font) }
        pango_layout_set_font_description(layout, font)
        if let breedte { pango_layout_set_width(layout, Int32(breedte * Double(PANGO_SCALE))) }
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_text(layout, tekst, -1)
    }

    /// Width and height in points.
    var maat: (breedte: Double, hoogte: Double) {
        var b: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(layout, &b, &h)
        return (Double(b) / Double(PANGO_SCALE), Double(h) / Double(PANGO_SCALE))
    }

    /// The first line's baseline, from the layout top, in points.
    var basislijn: Double { Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE) }

    /// Each line's top offset, height and baseline offset from the layout top, in points.
    var regels: [(boven: Double, hoogte: Double, basis: Double)] {
        guard let iter = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iter) }
        var uit: [(Double, Double, Double)] = []
        repeat {
            var logisch = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logisch)
            let basis = Double(pango_layout_iter_get_baseline(iter)) / Double(PANGO_SCALE)
            uit.append((Double(logisch.y) / Double(PANGO_SCALE), Double(logisch.height) / Double(PANGO_SCALE), basis))
        } while pango_layout_iter_next_line(iter) != 0
        return uit
    }

    /// Link text in dark blue, so a reader sees what can be clicked (also on paper).
    func kleurLinks(_ bereiken: [Range<Int>]) {
        guard !bereiken.isEmpty, let lijst = pango_attr_list_new() else { return }
        defer { pango_attr_list_unref(lijst) }
        for bereik in bereiken {
            guard let kleur = pango_attr_foreground_new(0x1F00, 0x4E00, 0x8C00) else { continue }
            kleur.pointee.start_index = guint(bereik.lowerBound)
            kleur.pointee.end_index = guint(bereik.upperBound)
            pango_attr_list_insert(lijst, kleur)
        }
        pango_layout_set_attributes(layout, lijst)
    }

    /// Where bytes `bereik` of the text lie: for each line they touch, x and width
    /// from the line's start, in points (a link's clickable box).
    func vakken(_ bereik: Range<Int>) -> [(regel: Int, x: Double, breedte: Double)] {
        var uit: [(Int, Double, Double)] = []
        for i in 0..<Int(pango_layout_get_line_count(layout)) {
            guard let regel = pango_layout_get_line_readonly(layout, Int32(i)) else { continue }
            let begin = Int(regel.pointee.start_index), eind = begin + Int(regel.pointee.length)
            let van = max(begin, bereik.lowerBound), tot = min(eind, bereik.upperBound)
            guard van < tot else { continue }
            var x1: Int32 = 0, x2: Int32 = 0
            pango_layout_line_index_to_x(regel, Int32(van), 0, &x1)
            pango_layout_line_index_to_x(regel, Int32(tot), 0, &x2)
            if tot == eind {
                // The end of a line has no leading edge: take the line's own width.
                var logisch = PangoRectangle()
                pango_layout_line_get_extents(regel, nil, &logisch)
                x2 = logisch.x + logisch.width
            }
            let schaal = Double(PANGO_SCALE)
            uit.append((i, Double(min(x1, x2)) / schaal, Double(abs(x2 - x1)) / schaal))
        }
        return uit
    }

    func tekenRegel(_ index: Int, x: Double, basislijn: Double, in cr: OpaquePointer) {
        guard let regel = pango_layout_get_line_readonly(layout, Int32(index)) else { return }
        cairo_move_to(cr, x, basislijn)
        pango_cairo_show_layout_line(cr, regel)
    }

    func teken(x: Double, y: Double, in cr: OpaquePointer) {
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }
}

/// Owns one PNG read into a Cairo image surface.
final class PNGAfbeelding {
    let surface: OpaquePointer

    /// Read from memory: no copy of a picture of the casus ever lands in /tmp.
    init(png: Data) throws {
        let lezer = PNGLezer(Data(png))
        let geopend = cairo_image_surface_create_from_png_stream({ context, buffer, lengte in
            guard let context, let buffer else { return CAIRO_STATUS_READ_ERROR }
            return Unmanaged<PNGLezer>.fromOpaque(context).takeUnretainedValue().lees(buffer, Int(lengte))
        }, Unmanaged.passUnretained(lezer).toOpaque())
        guard let surface = geopend else { throw DocumentFout("onleesbare afbeelding") }
        self.surface = surface
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw DocumentFout("de afbeelding is geen leesbare PNG")
        }
    }

    var breedte: Double { Double(cairo_image_surface_get_width(surface)) }
    var hoogte: Double { Double(cairo_image_surface_get_height(surface)) }

    deinit { cairo_surface_destroy(surface) }
}

/// Hands Cairo the PNG's bytes in the pieces it asks for.
private final class PNGLezer {
    private let data: Data
    private var positie = 0

    init(_ data: Data) { self.data = data }

    func lees(_ buffer: UnsafeMutablePointer<UInt8>, _ lengte: Int) -> cairo_status_t {
        guard lengte >= 0, positie + lengte <= data.count else { return CAIRO_STATUS_READ_ERROR }
        data.copyBytes(to: buffer, from: positie..<(positie + lengte))
        positie += lengte
        return CAIRO_STATUS_SUCCESS
    }
}
