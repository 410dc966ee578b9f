import Casus

extension TijdlijnLayouter {
    /// Vrijwillig and gedwongen periods, each transition marked and labelled by its maatregel.
    mutating func kaderBand(_ ta: Tijdas) {
        let overgangen = tijdlijn.kader.sorted { ($0.inhoud.datum, $0.id) < ($1.inhoud.datum, $1.id) }
        guard !overgangen.isEmpty else { return }
        let top = y
        kop("Kader", y: top)
        // Labels above the band, packed in rows.
        var groepen: [(x: Double, groep: Groep)] = []
        for o in overgangen {
            let k = o.inhoud
            var g = Groep()
            let wat = k.maatregel.map(Woorden.maatregel) ?? (k.isOpschaling ? "opschaling" : "afschaling")
            g.regel(Woorden.code(o) + wat, grootte: Maat.tekst, vet: true,
                    kleur: k.isOpschaling ? Palet.gedwongen : Palet.inkt,
                    maxBreedte: 260)
            g.ernaast(aantekeningen.groep(bij: o.id))
            var onder = Woorden.datum(k.datum)
            if let r = k.reden, r != .onbekend { onder += " · \(r.rawValue)" }
            if let b = Woorden.bronnen(o) { onder += " · " + b }
            g.regel(onder, grootte: Maat.klein, kleur: Palet.grijs, maxBreedte: 260)
            if let leeftijden = leeftijdenTekst(o.leeftijden) {
                g.regel(leeftijden, grootte: Maat.klein, kleur: Palet.grijs, maxBreedte: 260)
            }
            groepen.append((midden(k.datum, ta), g))
        }
        let rijenHoogte = plaatsGroepen(groepen, y: top, rijHoogte: 42, gat: 14)
        let bandY = top + rijenHoogte + 16
        let bandH = 30.0
        var stand = overgangen[0].inhoud.van
        var vanX = ta.x0
        func segment(_ tot: Double, _ kader: Kader) {
            guard tot > vanX else { return }
            let kleur = kader == .gedwongen ? Palet.gedwongen : Palet.vrijwillig
            let frame = Rechthoek(x: vanX, y: bandY, breedte: tot - vanX, hoogte: bandH)
            deel.vlakken.append(Vlak(frame: frame, vulling: kleur, rand: nil))
            let tekst = TekstMaat.afgekapt(kader.rawValue, grootte: Maat.tekst, vet: true,
                                           maxBreedte: frame.breedte - 12)
            if !tekst.isEmpty, tekst != "…" {
                deel.labels.append(Label(x: frame.x + 6, y: frame.midY - TekstMaat.regelHoogte(Maat.tekst) / 2,
                                         regels: [tekst], grootte: Maat.tekst, vet: true,
                                         kleur: kleur.tekstKleur))
            }
        }
        for (o, groep) in zip(overgangen, groepen) {
            let x = groep.x
            segment(x, stand)
            stand = o.inhoud.naar
            vanX = x
            onzekerheid(o.inhoud.datum, ta, y: bandY - 4, kleur: Palet.inkt)
            deel.lijnen.append(Lijn(van: Punt(x, bandY - 8), naar: Punt(x, bandY + bandH),
                                    kleur: Palet.inkt, dikte: 2))
            deel.glyphs.append(Glyph(soort: .kaderOvergang(opschaling: o.inhoud.isOpschaling),
                                     midden: Punt(x, bandY - 8), grootte: 14,
                                     kleur: o.inhoud.isOpschaling ? Palet.gedwongen : Kleur(hex: 0x1B7837),
                                     item: o.id))
            noteer(o.id, van: x - 6, tot: x + 6)
        }
        segment(ta.x1, stand)
        y = bandY + bandH + Maat.bandGat
        deel.banen.append(Baan(soort: .kader, frame: Rechthoek(x: ta.x0, y: top, breedte: ta.breedte,
                                                              hoogte: y - top - Maat.bandGat / 2)))
    }

    /// One segment per regie holder; a mark at each regiewissel, a change of gemeente emphasised.
    mutating func regieBand(_ ta: Tijdas) {
        let perioden = tijdlijn.regie.sorted { ($0.inhoud.vanaf, $0.id) < ($1.inhoud.vanaf, $1.id) }
        guard !perioden.isEmpty else { return }
        let top = y
        kop("Regie", y: top)
        // Gemeente changes get a label above the band.
        var groepen: [(x: Double, groep: Groep)] = []
        let gemeente = Dictionary(tijdlijn.regie.map { ($0.id, $0.inhoud.gemeente) }, uniquingKeysWith: { a, _ in a })
        let wissels = tijdlijn.regiewisselingen.sorted { ($0.datum, $0.id) < ($1.datum, $1.id) }
        for w in wissels {
            var g = Groep()
            if w.andereGemeente {
                let van = (gemeente[w.van] ?? nil) ?? "?"
                let naar = (gemeente[w.naar] ?? nil) ?? "?"
                g.regel("gemeentewissel \(van) → \(naar)", grootte: Maat.tekst, vet: true,
                        kleur: Palet.gemeentewissel, maxBreedte: 300)
                g.regel("overdracht \(w.overdracht.rawValue) · \(Woorden.datum(w.datum))",
                        grootte: Maat.klein, kleur: Palet.grijs, maxBreedte: 300)
            }
            g.ernaast(aantekeningen.groep(bij: w.id))
            if g.breedte > 0 { groepen.append((midden(w.datum, ta), g)) }
        }
        let rijen = plaatsGroepen(groepen, y: top, rijHoogte: 40, gat: 14)
        let bandY = top + rijen + (rijen > 0 ? 8 : 0)
        var pakker = RijenPakker(gat: 0)
        let h = 40.0
        var onder = bandY
        for (i, p) in perioden.enumerated() {
            let r = p.inhoud
            let x0 = ta.x(r.vanaf.van)
            let x1 = max(r.tot.map { ta.xEinde($0.tot) } ?? ta.x1, x0 + 4)
            let rij = pakker.plaats(van: x0, tot: x1)
            let frame = Rechthoek(x: x0, y: bandY + Double(rij) * (h + 4), breedte: x1 - x0, hoogte: h)
            deel.vlakken.append(Vlak(frame: frame, vulling: i % 2 == 0 ? Palet.regieA : Palet.regieB,
                                     rand: Palet.grijs, randDikte: 1, hoek: 3, item: p.id))
            noteer(p.id, van: x0, tot: x1)
            var g = Groep()
            let extra = aantekeningen.groep(bij: p.id)
            let ruimte = frame.breedte - 12 - (extra.breedte > 0 ? extra.breedte + 6 : 0)
            if ruimte > 30 {
                g.regel(Woorden.code(p) + "\(r.wie) · \(r.organisatie)", grootte: 12, vet: true, maxBreedte: ruimte)
                g.regel([r.gemeente, r.overdracht.map { "overdracht \($0.rawValue)" }, Woorden.bronnen(p)]
                        .compactMap { $0 }.joined(separator: " · "),
                        grootte: Maat.klein, maxBreedte: ruimte)
                g.ernaast(extra)
                deel.voegToe(g.verschoven(dx: x0 + 6, dy: frame.y + 3).deel)
            } else {
                // Too narrow for its text: at least its sticker code, so a sticky can name it.
                g.regel(p.code ?? "", grootte: Maat.klein, vet: true, maxBreedte: 60)
                g.ernaast(extra)
                deel.voegToe(g.verschoven(dx: x0 + 2, dy: frame.midY - g.hoogte / 2).deel)
            }
            onder = max(onder, frame.maxY)
        }
        for w in wissels {
            let x = midden(w.datum, ta)
            if w.andereGemeente {
                deel.lijnen.append(Lijn(van: Punt(x, bandY - 6), naar: Punt(x, onder + 4),
                                        kleur: Palet.gemeentewissel, dikte: 4))
            }
            deel.glyphs.append(Glyph(soort: .regiewissel(w.overdracht, andereGemeente: w.andereGemeente),
                                     midden: Punt(x, bandY), grootte: w.andereGemeente ? 20 : 14,
                                     kleur: w.andereGemeente ? Palet.gemeentewissel : Palet.inkt,
                                     item: w.id))
            noteer(w.id, van: x - 6, tot: x + 6)
        }
        y = onder + Maat.bandGat
        deel.banen.append(Baan(soort: .regie, frame: Rechthoek(x: ta.x0, y: top, breedte: ta.breedte,
                                                              hoogte: y - top - Maat.bandGat / 2)))
    }

    /// The middle of a date's interval.
    func midden(_ d: Datum, _ ta: Tijdas) -> Double { (ta.x(d.van) + ta.xEinde(d.tot)) / 2 }

    /// A faded strip over a fuzzy date's interval; nothing for a precise day.
    mutating func onzekerheid(_ d: Datum, _ ta: Tijdas, y: Double, kleur: Kleur) {
        let x0 = ta.x(d.van), x1 = ta.xEinde(d.tot)
        guard x1 - x0 > 6, Self.isVaag(d) else { return }
        deel.balken.append(Balk(frame: Rechthoek(x: x0, y: y - 3, breedte: x1 - x0, hoogte: 6),
                                kleur: kleur.metAlpha(0.35), vervaagStart: (x1 - x0) / 2,
                                vervaagEinde: (x1 - x0) / 2, item: nil))
    }

    /// Places groups left-aligned at their x (minus a small inset), packing rows top-down
    /// from `y`; returns the height used.
    @discardableResult
    mutating func plaatsGroepen(_ groepen: [(x: Double, groep: Groep)], y: Double,
                                rijHoogte: Double, gat: Double) -> Double {
        var pakker = RijenPakker(gat: gat)
        var onder = y
        let volgorde = groepen.indices.sorted { (groepen[$0].x, $0) < (groepen[$1].x, $1) }
        for i in volgorde {
            let (x, g) = groepen[i]
            let links = x - 6
            let rij = pakker.plaats(van: links, tot: links + g.breedte)
            let gy = y + Double(rij) * rijHoogte
            deel.voegToe(g.verschoven(dx: links, dy: gy).deel)
            onder = max(onder, gy + g.hoogte)
        }
        return onder - y
    }
}
