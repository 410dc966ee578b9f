import Casus

/// Writes the primitives as SVG with real, escaped <text> elements: searchable, accessible,
/// small, and byte-for-byte deterministic. (Cairo's SVG surface would emit text as glyph
/// paths; PNG and PDF do go through Cairo.)
public enum SVGSchrijver {
    public static func svg(_ layout: TijdlijnLayout) -> String {
        let opdrachten = Scene.opdrachten(layout)
        var uit = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(g(layout.breedte))pt" height="\(g(layout.hoogte))pt" \
        viewBox="0 0 \(g(layout.breedte)) \(g(layout.hoogte))" font-family="DejaVu Sans, Verdana, sans-serif">
        <title>\(escape("Tijdlijn casus \(layout.casus)"))</title>

        """
        var verlopen = 0
        for opdracht in opdrachten {
            switch opdracht {
            case let .rechthoek(r, vulling, rand, dikte, hoek):
                let rond = hoek > 0 ? " rx=\"\(g(min(hoek, r.breedte / 2, r.hoogte / 2)))\"" : ""
                uit += "<rect x=\"\(g(r.x))\" y=\"\(g(r.y))\" width=\"\(g(r.breedte))\" height=\"\(g(r.hoogte))\"\(rond)\(stijl(vulling, rand, dikte))/>\n"
            case let .pad(punten, gesloten, vulling, rand, dikte, streep):
                guard !punten.isEmpty else { continue }
                let d = punten.map { "\(g($0.x)),\(g($0.y))" }.joined(separator: " ")
                let element = gesloten ? "polygon" : "polyline"
                let streepAttr = streep.isEmpty ? "" : " stroke-dasharray=\"\(streep.map(g).joined(separator: " "))\""
                uit += "<\(element) points=\"\(d)\"\(stijl(vulling, rand, dikte)) stroke-linejoin=\"round\" stroke-linecap=\"round\"\(streepAttr)/>\n"
            case let .cirkel(m, straal, vulling, rand, dikte):
                uit += "<circle cx=\"\(g(m.x))\" cy=\"\(g(m.y))\" r=\"\(g(straal))\"\(stijl(vulling, rand, dikte))/>\n"
            case let .verloop(r, kleur, inVan, uitTot):
                var vulling = "fill=\"\(hex(kleur))\"\(kleur.a < 1 ? " fill-opacity=\"\(g(kleur.a))\"" : "")"
                if inVan > 0 || uitTot > 0 {
                    verlopen += 1
                    let stops = VerloopStops.stops(r, inVan, uitTot).map {
                        "<stop offset=\"\(g($0.0))\" stop-color=\"\(hex(kleur))\" stop-opacity=\"\(g($0.1 * kleur.a))\"/>"
                    }.joined()
                    uit += "<defs><linearGradient id=\"v\(verlopen)\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">\(stops)</linearGradient></defs>\n"
                    vulling = "fill=\"url(#v\(verlopen))\""
                }
                uit += "<rect x=\"\(g(r.x))\" y=\"\(g(r.y))\" width=\"\(g(r.breedte))\" height=\"\(g(r.hoogte))\" \(vulling)/>\n"
            case let .tekst(l):
                let anker: String
                let x: Double
                switch l.uitlijning {
                case .links: (anker, x) = ("start", l.frame.x)
                case .midden: (anker, x) = ("middle", l.frame.midX)
                case .rechts: (anker, x) = ("end", l.frame.maxX)
                }
                for (i, regel) in l.regels.enumerated() {
                    let ankerAttr = anker == "start" ? "" : " text-anchor=\"\(anker)\""
                    let vet = l.vet ? " font-weight=\"bold\"" : ""
                    uit += "<text x=\"\(g(x))\" y=\"\(g(l.basislijn(i)))\" font-size=\"\(g(l.grootte))\"\(vet)\(ankerAttr) fill=\"\(hex(l.kleur))\" xml:space=\"preserve\">\(escape(regel))</text>\n"
                }
            }
        }
        return uit + "</svg>\n"
    }

    /// Escapes text for XML content and attributes, and drops characters XML 1.0 forbids.
    public static func escape(_ tekst: String) -> String { XMLTekst.escape(tekst) }

    private static func stijl(_ vulling: Kleur?, _ rand: Kleur?, _ dikte: Double) -> String {
        var s = ""
        if let vulling {
            s += " fill=\"\(hex(vulling))\""
            if vulling.a < 1 { s += " fill-opacity=\"\(g(vulling.a))\"" }
        } else {
            s += " fill=\"none\""
        }
        if let rand {
            s += " stroke=\"\(hex(rand))\" stroke-width=\"\(g(dikte))\""
            if rand.a < 1 { s += " stroke-opacity=\"\(g(rand.a))\"" }
        }
        return s
    }

    private static func hex(_ k: Kleur) -> String {
        func byte(_ v: Double) -> String {
            let n = Int((min(max(v, 0), 1) * 255).rounded())
            let h = String(n, radix: 16, uppercase: false)
            return h.count == 1 ? "0" + h : h
        }
        return "#" + byte(k.r) + byte(k.g) + byte(k.b)
    }

    /// A number with at most two decimals, locale-free, so the output is deterministic.
    public static func g(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        if r == r.rounded() { return String(Int(r)) }
        return String(r)
    }
}
