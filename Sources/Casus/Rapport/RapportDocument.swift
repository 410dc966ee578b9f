/// A report as structure, not markup: the HTML and Markdown writers render the
/// same document, so both carry the same numbers and links, and escaping
/// happens in exactly one place per format.
public struct RapportDocument: Sendable, Hashable {
    public var titel: String
    public var blokken: [Blok]

    public init(titel: String, blokken: [Blok] = []) {
        self.titel = titel
        self.blokken = blokken
    }

    public enum Blok: Sendable, Hashable {
        /// A heading; `anker` makes it a link target.
        case kop(niveau: Int, tekst: String, anker: String?)
        case alinea([Fragment])
        /// A quote, e.g. a participant's toelichting.
        case citaat([Fragment])
        case lijst([[Fragment]])
        case tabel(koppen: [String], rijen: [[[Fragment]]], rechts: Set<Int>)
        /// A vector chart: inline SVG in HTML, vectors in PDF; Markdown shows `beschrijving` instead.
        case grafiek(Tekening, beschrijving: String)
        /// Where the contents go: after the title page.
        case inhoud
    }

    public enum Fragment: Sendable, Hashable {
        case tekst(String)
        case vet(String)
        /// A link to an anchor inside the report (never an external URL).
        case link(String, anker: String)
        /// A link target without visible text.
        case anker(String)
    }
}

extension RapportDocument.Fragment {
    /// A number that links to the list of casussen and items behind it.
    static func getal(_ n: Int, _ anker: String) -> Self {
        n == 0 ? .tekst("0") : .link(String(n), anker: anker)
    }

    /// "3 smileys" linking to the items behind them; no link for zero (nothing behind it).
    static func aantal(_ n: Int, _ soort: AnnotatieSoort, _ anker: String) -> Self {
        let tekst = RapportTeksten.aantal(n, soort)
        return n == 0 ? .tekst(tekst) : .link(tekst, anker: anker)
    }
}
