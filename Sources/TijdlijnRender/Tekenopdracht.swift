/// The few primitives both painters (Cairo and SVG) understand. The layout is expanded
/// into these once, so the PNG, PDF and SVG show exactly the same picture.
public enum Tekenopdracht: Sendable, Hashable {
    case rechthoek(Rechthoek, vulling: Kleur?, rand: Kleur?, dikte: Double, hoek: Double)
    /// A polyline, or a polygon when `gesloten`; filled when `vulling` is set.
    case pad([Punt], gesloten: Bool, vulling: Kleur?, rand: Kleur?, dikte: Double, streep: [Double])
    case cirkel(Punt, straal: Double, vulling: Kleur?, rand: Kleur?, dikte: Double)
    /// A horizontal bar whose colour fades in from the left over `inVan` and out over `uitTot`.
    case verloop(Rechthoek, kleur: Kleur, inVan: Double, uitTot: Double)
    case tekst(Label)
}

/// Layout → primitives, in paint order.
public enum Scene {
    public static func opdrachten(_ l: TijdlijnLayout) -> [Tekenopdracht] {
        var o: [Tekenopdracht] = [.rechthoek(Rechthoek(x: 0, y: 0, breedte: l.breedte, hoogte: l.hoogte),
                                             vulling: Palet.papier, rand: nil, dikte: 0, hoek: 0)]
        for v in l.achtergronden + [] { o.append(vlak(v)) }
        for lijn in l.lijnen {
            o.append(.pad([lijn.van, lijn.naar], gesloten: false, vulling: nil, rand: lijn.kleur,
                          dikte: lijn.dikte, streep: lijn.streep))
        }
        for v in l.vlakken { o.append(vlak(v)) }
        for b in l.balken {
            o.append(.verloop(b.frame, kleur: b.kleur, inVan: b.vervaagStart, uitTot: b.vervaagEinde))
        }
        for h in l.haken {
            o.append(.pad([Punt(h.van, h.y), Punt(h.van, h.y + 10), Punt(h.tot, h.y + 10), Punt(h.tot, h.y)],
                          gesloten: false, vulling: nil, rand: h.kleur, dikte: 3, streep: []))
            for t in h.tikken {
                o.append(.cirkel(Punt(t, h.y + 10), straal: 3.5, vulling: h.kleur, rand: nil, dikte: 0))
            }
        }
        for g in l.glyphs { o += GlyphVormen.vormen(g) }
        for label in l.labels { o.append(.tekst(label)) }
        return o
    }

    static func vlak(_ v: Vlak) -> Tekenopdracht {
        .rechthoek(v.frame, vulling: v.vulling, rand: v.rand, dikte: v.randDikte, hoek: v.hoek)
    }
}
