import Casus
import Foundation

/// Glyphs as vector shapes, centred on the glyph's middle and scaled to its size.
enum GlyphVormen {
    static func vormen(_ g: Glyph) -> [Tekenopdracht] {
        let c = g.midden
        let r = g.grootte / 2
        func p(_ dx: Double, _ dy: Double) -> Punt { Punt(c.x + dx * r, c.y + dy * r) }
        func veelhoek(_ punten: [(Double, Double)], vulling: Kleur? = g.kleur, rand: Kleur? = nil,
                      dikte: Double = 1.5) -> Tekenopdracht {
            .pad(punten.map { p($0.0, $0.1) }, gesloten: true, vulling: vulling, rand: rand,
                 dikte: dikte, streep: [])
        }
        func lijn(_ punten: [(Double, Double)], _ kleur: Kleur, _ dikte: Double) -> Tekenopdracht {
            .pad(punten.map { p($0.0, $0.1) }, gesloten: false, vulling: nil, rand: kleur,
                 dikte: dikte, streep: [])
        }
        func boog(_ mx: Double, _ my: Double, _ straal: Double, _ van: Double, _ tot: Double) -> [(Double, Double)] {
            (0...10).map { i in
                let hoek = van + (tot - van) * Double(i) / 10
                return (mx + straal * cos(hoek), my + straal * sin(hoek))
            }
        }
        func cirkel(_ vulling: Kleur?, rand: Kleur? = nil, dikte: Double = 1.5, schaal: Double = 1) -> Tekenopdracht {
            .cirkel(c, straal: r * schaal, vulling: vulling, rand: rand, dikte: dikte)
        }
        let wit = Palet.wit
        let dik = max(1.5, g.grootte / 8)
        switch g.soort {
        case .smiley, .sadney:
            let mond = g.soort == .smiley ? boog(0, 0.05, 0.5, 0.15 * .pi, 0.85 * .pi)
                                          : boog(0, 0.75, 0.5, 1.2 * .pi, 1.8 * .pi)
            return [cirkel(g.kleur, rand: Palet.inkt, dikte: 1),
                    .cirkel(p(-0.33, -0.28), straal: r * 0.14, vulling: wit, rand: nil, dikte: 0),
                    .cirkel(p(0.33, -0.28), straal: r * 0.14, vulling: wit, rand: nil, dikte: 0),
                    lijn(mond, wit, dik)]
        case .verdeeld:
            // Half smiley, half sadney: a split sticky.
            return [veelhoek(boog(0, 0, 1, 0.5 * .pi, 1.5 * .pi), vulling: Palet.smiley),
                    veelhoek(boog(0, 0, 1, -0.5 * .pi, 0.5 * .pi), vulling: Palet.sadney),
                    lijn([(0, -1), (0, 1)], wit, dik),
                    cirkel(nil, rand: Palet.inkt, dikte: 1)]
        case .waarschuwing:
            return [veelhoek([(0, -1), (1, 0.85), (-1, 0.85)], rand: Palet.inkt, dikte: 1),
                    lijn([(0, -0.45), (0, 0.3)], Palet.inkt, dik),
                    .cirkel(p(0, 0.58), straal: dik * 0.6, vulling: Palet.inkt, rand: nil, dikte: 0)]
        case .zorg:
            return [cirkel(nil, rand: g.kleur, dikte: 3)]
        case .gebeurtenis(let soort):
            return gebeurtenis(soort, g, veelhoek: { veelhoek($0) }, cirkel: { cirkel($0, rand: $1, dikte: 2, schaal: 0.85) },
                               lijn: lijn)
        case .afloop(let a):
            switch a {
            case .doelBereikt:
                return [cirkel(g.kleur), lijn([(-0.45, 0), (-0.1, 0.4), (0.5, -0.4)], wit, dik)]
            case .deels:
                return [cirkel(wit, rand: g.kleur, dikte: 2),
                        veelhoek([(0, -1)] + boog(0, 0, 1, -0.5 * .pi, 0.5 * .pi) + [(0, 1)])]
            case .nietGelukt:
                return [cirkel(g.kleur), lijn([(-0.4, -0.4), (0.4, 0.4)], wit, dik),
                        lijn([(0.4, -0.4), (-0.4, 0.4)], wit, dik)]
            case .voortijdigGestopt:
                let acht = (0..<8).map { i -> (Double, Double) in
                    let h = (Double(i) + 0.5) * .pi / 4
                    return (cos(h), sin(h))
                }
                return [veelhoek(acht), lijn([(-0.5, 0), (0.5, 0)], wit, dik)]
            case .lopend:
                return [veelhoek([(-0.6, -0.8), (0.8, 0), (-0.6, 0.8)])]
            case .onbekend:
                return [cirkel(wit, rand: Palet.grijs, dikte: 2),
                        .tekst(Label(x: c.x, y: c.y - TekstMaat.regelHoogte(g.grootte * 0.8) / 2,
                                     regels: ["?"], grootte: g.grootte * 0.8, vet: true,
                                     kleur: Palet.grijs, uitlijning: .midden))]
            }
        case .terugNaarRegie:
            let bocht = boog(0, -0.1, 0.5, 0, -.pi)
            return [lijn([(0.5, 0.8)] + bocht, g.kleur, dik),
                    veelhoek([(-0.85, -0.1), (-0.15, -0.1), (-0.5, 0.5)])]
        case .kaderOvergang(let op):
            return [veelhoek(op ? [(0, -1), (1, 0.8), (-1, 0.8)] : [(0, 1), (1, -0.8), (-1, -0.8)],
                             rand: Palet.wit, dikte: 1)]
        case .regiewissel(let overdracht, let andereGemeente):
            let ruit = [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)]
            let dikte = andereGemeente ? 3.0 : 2.0
            switch overdracht {
            case .warm: return [veelhoek(ruit, rand: Palet.wit, dikte: 1)]
            case .koud: return [veelhoek(ruit, vulling: wit, rand: g.kleur, dikte: dikte)]
            case .onbekend: return [veelhoek(ruit, vulling: Palet.lichtGrijs, rand: g.kleur, dikte: dikte)]
            }
        }
    }

    private static func gebeurtenis(_ soort: GebeurtenisSoort, _ g: Glyph,
                                    veelhoek: ([(Double, Double)]) -> Tekenopdracht,
                                    cirkel: (Kleur?, Kleur?) -> Tekenopdracht,
                                    lijn: ([(Double, Double)], Kleur, Double) -> Tekenopdracht) -> [Tekenopdracht] {
        switch soort {
        case .gebeurtenis: return [cirkel(g.kleur, nil)]
        case .scheiding: return [veelhoek([(0, -1), (1, 0), (0, 1), (-1, 0)])]
        case .verhuizing: return [veelhoek([(0, -1), (0.9, -0.15), (0.9, 0.9), (-0.9, 0.9), (-0.9, -0.15)])]
        case .melding: return [veelhoek([(0, -1), (1, 0.85), (-1, 0.85)])]
        case .rechtszaak: return [veelhoek([(-0.8, -0.8), (0.8, -0.8), (0.8, 0.8), (-0.8, 0.8)])]
        case .uitspraak:
            return [veelhoek([(-0.8, -0.8), (0.8, -0.8), (0.8, 0.8), (-0.8, 0.8)]),
                    lijn([(-0.5, 0.3), (0.5, 0.3)], Palet.wit, 2), lijn([(-0.5, -0.2), (0.5, -0.2)], Palet.wit, 2)]
        case .incident:
            let ster = (0..<10).map { i -> (Double, Double) in
                let h = Double(i) * .pi / 5 - .pi / 2
                let s = i % 2 == 0 ? 1.0 : 0.45
                return (s * cos(h), s * sin(h))
            }
            return [veelhoek(ster)]
        case .school:
            let zes = (0..<6).map { i -> (Double, Double) in
                let h = Double(i) * .pi / 3
                return (cos(h), sin(h))
            }
            return [veelhoek(zes)]
        case .gezondheid:
            let a = 0.33
            return [veelhoek([(-a, -1), (a, -1), (a, -a), (1, -a), (1, a), (a, a), (a, 1), (-a, 1), (-a, a),
                              (-1, a), (-1, -a), (-a, -a)])]
        case .contactbreuk:
            return [cirkel(Palet.wit, g.kleur), lijn([(-0.6, 0.6), (0.6, -0.6)], g.kleur, 2.5)]
        case .contactherstel:
            return [cirkel(g.kleur, nil), lijn([(-0.45, 0), (0.45, 0)], Palet.wit, 2.5),
                    lijn([(0, -0.45), (0, 0.45)], Palet.wit, 2.5)]
        }
    }
}
