import Casus
import CasusOpslag
import TijdlijnRender

/// The wall in the browser: the same layout and SVG as `casus render`, drawn
/// without stickies, with on top one transparent target per item
/// (`data-item`) and the stickies (`data-annotatie`, `data-soort`), which the
/// script places beside their item and keeps live.
enum MuurSVG {
    static func svg(_ tijdlijn: Tijdlijn, pseudoniem: Bool, annotaties: [OpgeslagenAnnotatie]) -> HTML {
        let layout = TijdlijnLayouter.maak(tijdlijn, opties: RenderOpties(pseudoniem: pseudoniem))
        let basis = binnenkant(SVGSchrijver.svg(layout))
        let vlakken = itemVlakken(layout, tijdlijn: tijdlijn)
        let doelen = vlakken.map { id, r in
            HTML.leeg("rect", [("data-item", id), ("class", "doel"), ("x", g(r.x)), ("y", g(r.y)),
                               ("width", g(max(r.breedte, 6))), ("height", g(max(r.hoogte, 6)))])
        }
        let stickers = annotaties.map(sticker)
        var jaren: String?
        if let eerste = layout.eersteJaar, let laatste = layout.laatsteJaar {
            jaren = "\(eerste) \(laatste) \(g(layout.tijdasVan)) \(g(layout.tijdasTot))"
        }
        let breedte = g(layout.breedte), hoogte = g(layout.hoogte)
        return HTML.el("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("id", "muur"), ("class", "muur"),
                               ("viewBox", "0 0 \(breedte) \(hoogte)"), ("data-breedte", breedte),
                               ("data-hoogte", hoogte), ("data-jaren", jaren), ("role", "img"),
                               ("aria-label", "De tijdlijn van casus \(tijdlijn.casus)")], [
            symbolen,
            HTML.el("g", [("class", "tekening")], [.vertrouwd(basis)]),
            HTML.el("g", [("class", "doelen")], doelen),
            HTML.el("g", [("id", "stickers")], stickers),
        ])
    }

    /// One sticky; the script puts it in its place.
    static func sticker(_ o: OpgeslagenAnnotatie) -> HTML {
        let a = o.annotatie
        return HTML.el("g", [("data-annotatie", String(o.nummer)), ("data-soort", a.soort.rawValue),
                             ("data-op", a.item), ("class", "sticker \(a.soort.rawValue)")], [
            HTML.el("title", [], "\(a.soort.rawValue)\(a.thema.map { " · \($0.rawValue)" } ?? "")"
                + "\(a.toelichting.map { ": \($0)" } ?? "")"),
            HTML.leeg("use", [("href", "#sym-\(a.soort.rawValue)")]).sluit("use"),
        ])
    }

    /// The smiley and sadney faces, drawn once and used by every sticky.
    static let symbolen = HTML.vertrouwd("""
        <defs><symbol id="sym-smiley" viewBox="-12 -12 24 24"><circle r="11" fill="#1b9e3e" stroke="#fff" stroke-width="1.5"/>\
        <circle cx="-4" cy="-3" r="1.6" fill="#fff"/><circle cx="4" cy="-3" r="1.6" fill="#fff"/>\
        <path d="M-5.5 3 Q0 8.5 5.5 3" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/></symbol>\
        <symbol id="sym-sadney" viewBox="-12 -12 24 24"><circle r="11" fill="#2b5ba8" stroke="#fff" stroke-width="1.5"/>\
        <circle cx="-4" cy="-3" r="1.6" fill="#fff"/><circle cx="4" cy="-3" r="1.6" fill="#fff"/>\
        <path d="M-5.5 6.5 Q0 1 5.5 6.5" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/></symbol></defs>
        """)

    /// Where each item is drawn: the union of everything carrying its id. Items
    /// the layout gives no shape of their own still get a (small) place.
    static func itemVlakken(_ l: TijdlijnLayout, tijdlijn: Tijdlijn) -> [(String, Rechthoek)] {
        var vlak: [String: Rechthoek] = [:]
        var volgorde: [String] = []
        func neem(_ item: String?, _ r: Rechthoek) {
            guard let item else { return }
            if let oud = vlak[item] {
                let x = min(oud.x, r.x), y = min(oud.y, r.y)
                vlak[item] = Rechthoek(x: x, y: y, breedte: max(oud.maxX, r.maxX) - x, hoogte: max(oud.maxY, r.maxY) - y)
            } else {
                vlak[item] = r
                volgorde.append(item)
            }
        }
        for v in l.vlakken { neem(v.item, v.frame) }
        for b in l.balken { neem(b.item, b.frame) }
        for glyph in l.glyphs { neem(glyph.item, glyph.frame) }
        var uit = volgorde.map { ($0, vlak[$0]!) }
        let zonder = TijdlijnLayouter.alleItemIds(tijdlijn).subtracting(vlak.keys).sorted()
        for (i, id) in zonder.enumerated() {
            uit.append((id, Rechthoek(x: 8 + Double(i) * 14, y: l.hoogte - 20, breedte: 10, hoogte: 10)))
        }
        return uit
    }

    /// The SVG document's content without its XML prologue and root element.
    static func binnenkant(_ svg: String) -> String {
        guard let open = svg.range(of: "<svg"), let einde = svg[open.upperBound...].range(of: ">"),
              let sluit = svg.range(of: "</svg>", options: .backwards) else { return "" }
        return String(svg[einde.upperBound..<sluit.lowerBound])
    }

    static func g(_ v: Double) -> String { SVGSchrijver.g(v) }
}

extension HTML {
    /// `<use …></use>`: SVG elements inside HTML need their end tag.
    func sluit(_ naam: String) -> HTML { HTML.samen([self, .vertrouwd("</\(naam)>")]) }
}
