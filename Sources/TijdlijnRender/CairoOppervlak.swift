import CCairo
import Foundation

/// Something went wrong while drawing or writing an image; the message is Dutch.
public struct RenderFout: Error, CustomStringConvertible, Sendable {
    public var bericht: String
    public init(_ bericht: String) { self.bericht = bericht }
    public var description: String { bericht }
}

/// Owns one Cairo surface and its context; nothing else sees the raw pointers.
/// Every call that can fail is checked and turned into a `RenderFout`.
final class CairoOppervlak {
    private let surface: OpaquePointer
    let cr: OpaquePointer
    private let wat: String
    /// Where a PDF surface writes its bytes; kept alive as long as the surface.
    private var opvang: Opvang?

    private init(surface: OpaquePointer?, wat: String, opvang: Opvang? = nil) throws {
        self.opvang = opvang
        guard let surface else { throw RenderFout("kon geen \(wat)-tekenvlak maken") }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw RenderFout("kon geen \(wat)-tekenvlak maken: \(Self.tekst(status))")
        }
        self.surface = surface
        self.cr = cr
        self.wat = wat
        // Linear metrics, no hinting: text advances then match `TekstMaat` exactly.
        if let fo = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE)
            cairo_set_font_options(cr, fo)
            cairo_font_options_destroy(fo)
        }
    }

    static func png(breedte: Int, hoogte: Int) throws -> CairoOppervlak {
        try CairoOppervlak(surface: cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(breedte), Int32(hoogte)),
                           wat: "PNG")
    }

    /// A PDF written into memory; `pdfData()` gives the bytes after `afronden()`.
    static func pdf(breedte: Double, hoogte: Double, titel: String) throws -> CairoOppervlak {
        let opvang = Opvang()
        let surface = cairo_pdf_surface_create_for_stream(schrijfNaarOpvang, opvang.pointer, breedte, hoogte)
        let o = try CairoOppervlak(surface: surface, wat: "PDF", opvang: opvang)
        // Title is the casus id: PDF metadata must never carry a person's name.
        cairo_pdf_surface_set_metadata(o.surface, CAIRO_PDF_METADATA_TITLE, titel)
        cairo_pdf_surface_set_metadata(o.surface, CAIRO_PDF_METADATA_CREATOR, "Casus")
        return o
    }

    func zetPaginaGrootte(breedte: Double, hoogte: Double) {
        cairo_pdf_surface_set_size(surface, breedte, hoogte)
    }

    func schaal(_ s: Double) { cairo_scale(cr, s, s) }

    func bewaar() { cairo_save(cr) }
    func herstel() { cairo_restore(cr) }

    func knip(_ r: Rechthoek) {
        cairo_rectangle(cr, r.x, r.y, r.breedte, r.hoogte)
        cairo_clip(cr)
    }

    func verschuif(_ dx: Double, _ dy: Double) { cairo_translate(cr, dx, dy) }

    func volgendePagina() throws {
        cairo_show_page(cr)
        try controleer()
    }

    /// The image surface as PNG bytes.
    func pngData() throws -> Data {
        cairo_surface_flush(surface)
        let opvang = Opvang()
        let status = cairo_surface_write_to_png_stream(surface, schrijfNaarOpvang, opvang.pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderFout("kon de PNG niet maken: \(Self.tekst(status))")
        }
        return opvang.data
    }

    /// The finished PDF's bytes (after `afronden()`).
    func pdfData() -> Data { opvang?.data ?? Data() }

    /// Finishes the document (PDF is written now) and reports any error on the way.
    func afronden() throws {
        cairo_surface_finish(surface)
        try controleer()
    }

    func controleer() throws {
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderFout("tekenen van \(wat) mislukt: \(Self.tekst(status))")
        }
        let s = cairo_surface_status(surface)
        guard s == CAIRO_STATUS_SUCCESS else {
            throw RenderFout("schrijven van \(wat) mislukt: \(Self.tekst(s))")
        }
    }

    private static func tekst(_ status: cairo_status_t) -> String {
        switch status {
        case CAIRO_STATUS_NO_MEMORY: return "onvoldoende geheugen"
        case CAIRO_STATUS_WRITE_ERROR: return "schrijffout (bestaat de map en mag er geschreven worden?)"
        case CAIRO_STATUS_INVALID_SIZE: return "ongeldige afmeting"
        case CAIRO_STATUS_FILE_NOT_FOUND: return "bestand niet gevonden"
        default: return String(cString: cairo_status_to_string(status))
        }
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }
}

/// Collects the bytes Cairo writes to a stream.
final class Opvang {
    var data = Data()
    /// Valid while this object lives; the surface holding it is owned alongside.
    var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// Cairo's write callback: appends to the `Opvang` behind `closure`.
private let schrijfNaarOpvang: cairo_write_func_t = { closure, bytes, lengte in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let opvang = Unmanaged<Opvang>.fromOpaque(closure).takeUnretainedValue()
    if let bytes, lengte > 0 { opvang.data.append(bytes, count: Int(lengte)) }
    return CAIRO_STATUS_SUCCESS
}
