import Foundation

/// The chart as SVG markup. Every text from data is escaped; links point only at
/// anchors inside the report. Inline SVG in HTML needs no namespace, so
/// `standalone: false` leaves out every URL (the report must contain none).
extension Tekening {
    public func svg(standalone: Bool = false) -> String {
        let g = Self.getal
        let naamruimte = standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : ""
        return "<svg\(naamruimte) width=\"\(g(breedte))\" height=\"\(g(hoogte))\" "
            + "viewBox=\"0 0 \(g(breedte)) \(g(hoogte))\" role=\"img\" "
            + "font-family=\"\(Self.lettertype)\">\n<title>\(XMLTekst.escape(titel))</title>\n"
            + "<rect x=\"0\" y=\"0\" width=\"\(g(breedte))\" height=\"\(g(hoogte))\" fill=\"#ffffff\"/>\n"
            + vormen.map(Self.svg).joined() + "</svg>"
    }

    static func getal(_ x: Double) -> String {
        let afgerond = (x * 10).rounded() / 10
        return afgerond == afgerond.rounded() ? String(Int(afgerond)) : String(format: "%.1f", afgerond)
    }

    private static func svg(_ vorm: Vorm) -> String {
        let g = getal
        switch vorm {
        case let .rechthoek(x, y, b, h, vulling, titel, link):
            var element = "<rect x=\"\(g(x))\" y=\"\(g(y))\" width=\"\(g(b))\" height=\"\(g(h))\" fill=\"\(vulling)\""
            element += titel.map { "><title>\(XMLTekst.escape($0))</title></rect>" } ?? "/>"
            return metLink(element, link)
        case let .tekst(t, x, y, grootte, uitlijning, vet, kleur, draai, link):
            var element = "<text x=\"\(g(x))\" y=\"\(g(y))\" font-size=\"\(g(grootte))\""
                + " text-anchor=\"\(uitlijning.rawValue)\" fill=\"\(kleur)\""
            if vet { element += " font-weight=\"bold\"" }
            if let draai { element += " transform=\"rotate(\(g(draai)) \(g(x)) \(g(y)))\"" }
            return metLink(element + ">\(XMLTekst.escape(t))</text>", link)
        case let .lijn(x1, y1, x2, y2, kleur):
            return "<line x1=\"\(g(x1))\" y1=\"\(g(y1))\" x2=\"\(g(x2))\" y2=\"\(g(y2))\" stroke=\"\(kleur)\" stroke-width=\"1\"/>\n"
        }
    }

    private static func metLink(_ element: String, _ link: String?) -> String {
        guard let link else { return element + "\n" }
        return "<a href=\"#\(XMLTekst.escape(link))\">\(element)</a>\n"
    }
}
