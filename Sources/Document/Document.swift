import Casus
import Foundation

/// A report as a sequence of blocks, independent of where it goes: the same
/// document becomes a self-contained HTML page (`DocumentHTML`) or a paged A4
/// PDF with real text (`DocumentPDF`). Used by the session report and meant
/// for every other report (rode draden).
public struct Document: Sendable {
    public enum Blok: Sendable {
        /// Level 1 or 2; level-1 and -2 headings are listed on the contents page.
        case kop(Int, String)
        case alinea(String)
        /// A paragraph in a smaller, grey type: explanations, sources.
        case kleineTekst(String)
        case lijst([String])
        /// Column widths as fractions of the text width (equal when nil).
        case tabel(kop: [String], rijen: [[String]], breedtes: [Double]?)
        /// A quote, e.g. a participant's sticky note: indented, italic.
        case citaat(String)
        /// A PNG, scaled to the text width.
        case afbeelding(png: Data, bijschrift: String?)
        /// A PNG too big for one page (the wall): in the PDF an overview at the text width,
        /// then cut into landscape A4 pages at `puntPerPixel` so its text stays readable;
        /// in HTML at its own size, to scroll through. `naam` heads each part ("De muur").
        case grootBeeld(png: Data, puntPerPixel: Double, naam: String, bijschrift: String?)
        /// A chart as vectors: inline SVG in HTML, Cairo shapes and Pango text in PDF.
        case tekening(Tekening, bijschrift: String?)
        /// The contents page: every heading with its page (in HTML, links).
        case inhoud
        /// Start a new page (HTML: nothing).
        case nieuwePagina
    }

    public var titel: String
    /// Under the title on the first page.
    public var ondertitel: String?
    public var blokken: [Blok]
    /// Links and anchors inside the blocks (the PDF makes them clickable).
    public var verwijzingen = DocumentVerwijzingen()

    public init(titel: String, ondertitel: String? = nil, blokken: [Blok] = []) {
        self.titel = titel
        self.ondertitel = ondertitel
        self.blokken = blokken
    }

    public mutating func voeg(_ blok: Blok) { blokken.append(blok) }

    /// Headings for the contents page, in order.
    var koppen: [(niveau: Int, tekst: String)] {
        blokken.compactMap { if case .kop(let n, let t) = $0, n <= 2 { return (n, t) } else { return nil } }
    }
}

/// A problem writing a document, in Dutch.
public struct DocumentFout: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
