import Casus
import CasusOpslag

/// A small HTML builder. Text and attribute values are escaped here and only
/// here: no other code writes markup from data.
struct HTML: Sendable {
    fileprivate(set) var tekst: String

    init(tekst: String = "") { self.tekst = tekst }

    /// Escaped text.
    static func t(_ s: String) -> HTML { HTML(tekst: escape(s)) }

    /// Markup that is already safe: produced by this builder or by the SVG writer (which escapes its text).
    static func vertrouwd(_ s: String) -> HTML { HTML(tekst: s) }

    static func el(_ naam: String, _ attributen: [(String, String?)] = [], _ inhoud: [HTML] = []) -> HTML {
        HTML(tekst: "<\(naam)\(attrs(attributen))>" + inhoud.map(\.tekst).joined() + "</\(naam)>")
    }

    static func el(_ naam: String, _ attributen: [(String, String?)] = [], _ tekst: String) -> HTML {
        el(naam, attributen, [t(tekst)])
    }

    /// An element without content or end tag (`<input>`, `<meta>`).
    static func leeg(_ naam: String, _ attributen: [(String, String?)] = []) -> HTML {
        HTML(tekst: "<\(naam)\(attrs(attributen))>")
    }

    static func samen(_ delen: [HTML]) -> HTML { HTML(tekst: delen.map(\.tekst).joined()) }

    /// nil values leave the attribute out; "" writes it bare.
    private static func attrs(_ a: [(String, String?)]) -> String {
        a.compactMap { naam, waarde in
            guard let waarde else { return nil }
            precondition(naam.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }, "attribuutnaam")
            return waarde.isEmpty ? " \(naam)" : " \(naam)=\"\(escape(waarde))\""
        }.joined()
    }

    /// The one escaping of Casus (report, charts, SVG and these pages).
    static func escape(_ s: String) -> String { XMLTekst.escape(s) }
}

extension HTML {
    /// A whole page: our CSS and scripts only, Dutch, for phone and projector.
    static func pagina(titel: String, klasse: String, scripts: [String], _ inhoud: [HTML]) -> String {
        let kop = el("head", [], [
            leeg("meta", [("charset", "utf-8")]),
            leeg("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            el("title", [], titel),
            leeg("link", [("rel", "stylesheet"), ("href", "/statisch/casus.css")]),
        ] + scripts.map { el("script", [("src", "/statisch/\($0).js"), ("defer", "")], []) })
        return "<!DOCTYPE html>\n" + el("html", [("lang", "nl")], [kop, el("body", [("class", klasse)], inhoud)]).tekst
    }
}
