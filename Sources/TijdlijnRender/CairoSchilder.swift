import CCairo

/// Paints primitives on a Cairo context (PNG and PDF).
enum CairoSchilder {
    /// With `omvang` (one per opdracht) and `zichtbaar`, only what can reach those rows is
    /// painted; line joins and caps are still set as if all were, so the pixels stay the same.
    static func teken(_ opdrachten: [Tekenopdracht], op o: CairoOppervlak,
                      omvang: [ClosedRange<Double>]? = nil, zichtbaar: ClosedRange<Double>? = nil) {
        let cr = o.cr
        for (i, opdracht) in opdrachten.enumerated() {
            if let omvang, let zichtbaar, !omvang[i].overlaps(zichtbaar) {
                if case let .pad(punten, _, _, _, _, _) = opdracht, !punten.isEmpty { rondeHoeken(cr) }
                continue
            }
            switch opdracht {
            case let .rechthoek(r, vulling, rand, dikte, hoek):
                rechthoekPad(cr, r, hoek)
                vulEnRand(cr, vulling, rand, dikte)
            case let .pad(punten, gesloten, vulling, rand, dikte, streep):
                guard let eerste = punten.first else { continue }
                cairo_move_to(cr, eerste.x, eerste.y)
                for p in punten.dropFirst() { cairo_line_to(cr, p.x, p.y) }
                if gesloten { cairo_close_path(cr) }
                if !streep.isEmpty { cairo_set_dash(cr, streep, Int32(streep.count), 0) }
                rondeHoeken(cr)
                vulEnRand(cr, vulling, rand, dikte)
                cairo_set_dash(cr, nil, 0, 0)
            case let .cirkel(m, straal, vulling, rand, dikte):
                cairo_new_sub_path(cr)
                cairo_arc(cr, m.x, m.y, straal, 0, 2 * Double.pi)
                vulEnRand(cr, vulling, rand, dikte)
            case let .verloop(r, kleur, inVan, uitTot):
                verloop(cr, r, kleur, inVan, uitTot)
            case let .tekst(label):
                tekst(cr, label)
            }
        }
    }

    /// Set by every path and kept after it, also for later rectangles.
    private static func rondeHoeken(_ cr: OpaquePointer) {
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
    }

    private static func kleur(_ cr: OpaquePointer, _ k: Kleur) {
        cairo_set_source_rgba(cr, k.r, k.g, k.b, k.a)
    }

    private static func vulEnRand(_ cr: OpaquePointer, _ vulling: Kleur?, _ rand: Kleur?, _ dikte: Double) {
        if let vulling {
            kleur(cr, vulling)
            if rand != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let rand {
            kleur(cr, rand)
            cairo_set_line_width(cr, dikte)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    private static func rechthoekPad(_ cr: OpaquePointer, _ r: Rechthoek, _ hoek: Double) {
        let h = min(hoek, r.breedte / 2, r.hoogte / 2)
        guard h > 0 else {
            cairo_rectangle(cr, r.x, r.y, r.breedte, r.hoogte)
            return
        }
        let pi = Double.pi
        cairo_new_sub_path(cr)
        cairo_arc(cr, r.maxX - h, r.y + h, h, -pi / 2, 0)
        cairo_arc(cr, r.maxX - h, r.maxY - h, h, 0, pi / 2)
        cairo_arc(cr, r.x + h, r.maxY - h, h, pi / 2, pi)
        cairo_arc(cr, r.x + h, r.y + h, h, pi, 3 * pi / 2)
        cairo_close_path(cr)
    }

    private static func verloop(_ cr: OpaquePointer, _ r: Rechthoek, _ k: Kleur, _ inVan: Double, _ uitTot: Double) {
        guard r.breedte > 0 else { return }
        if inVan <= 0 && uitTot <= 0 {
            kleur(cr, k)
        } else if let patroon = cairo_pattern_create_linear(r.x, 0, r.maxX, 0) {
            for (offset, a) in VerloopStops.stops(r, inVan, uitTot) {
                cairo_pattern_add_color_stop_rgba(patroon, offset, k.r, k.g, k.b, k.a * a)
            }
            cairo_set_source(cr, patroon)
            cairo_pattern_destroy(patroon)
        }
        cairo_rectangle(cr, r.x, r.y, r.breedte, r.hoogte)
        cairo_fill(cr)
    }

    private static func tekst(_ cr: OpaquePointer, _ l: Label) {
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                               l.vet ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, l.grootte)
        kleur(cr, l.kleur)
        for (i, regel) in l.regels.enumerated() {
            let w = TekstMaat.breedte(regel, grootte: l.grootte, vet: l.vet)
            let x: Double
            switch l.uitlijning {
            case .links: x = l.frame.x
            case .midden: x = l.frame.midX - w / 2
            case .rechts: x = l.frame.maxX - w
            }
            cairo_move_to(cr, x, l.basislijn(i))
            cairo_show_text(cr, regel)
        }
        cairo_new_path(cr)
    }
}

/// Gradient stops of a faded bar, shared by both painters.
enum VerloopStops {
    static func stops(_ r: Rechthoek, _ inVan: Double, _ uitTot: Double) -> [(Double, Double)] {
        let a = min(max(inVan / r.breedte, 0), 0.5)
        let b = min(max(uitTot / r.breedte, 0), 0.5)
        return [(0, inVan > 0 ? 0.1 : 1), (a, 1), (1 - b, 1), (1, uitTot > 0 ? 0.1 : 1)]
    }
}
