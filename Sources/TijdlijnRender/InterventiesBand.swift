import Casus

extension TijdlijnLayouter {
    /// One lane per aanbieder, bars from start to einde, rows where they overlap.
    mutating func interventieBanden(_ ta: Tijdas) {
        let perAanbieder = Dictionary(grouping: tijdlijn.interventies, by: \.inhoud.aanbieder)
        let aanbieders = perAanbieder.keys.sorted { a, b in
            let sa = perAanbieder[a]?.map(\.inhoud.start).min()
            let sb = perAanbieder[b]?.map(\.inhoud.start).min()
            return (sa?.van ?? Dag(9999, 1, 1), a) < (sb?.van ?? Dag(9999, 1, 1), b)
        }
        guard !aanbieders.isEmpty else { return }
        kop("Hulp per aanbieder", y: y, maxRegels: 1)
        y += 28
        for (index, aanbieder) in aanbieders.enumerated() {
            let items = (perAanbieder[aanbieder] ?? []).sorted {
                ($0.inhoud.start, $0.id) < ($1.inhoud.start, $1.id)
            }
            let top = y
            kop(aanbieder, y: top + 2)
            var pakker = RijenPakker(gat: 10)
            var onder = top + 8
            for item in items {
                let (balkDeel, span) = balk(item, ta)
                let rij = pakker.plaats(van: span.van, tot: span.tot)
                let dy = top + 8 + Double(rij) * (Maat.balkHoogte + Maat.rijGat)
                deel.voegToe(balkDeel.verschoven(dx: 0, dy: dy).deel)
                noteer(item.id, van: span.van, tot: span.tot)
                onder = max(onder, dy + Maat.balkHoogte)
            }
            let kopHoogte = TekstMaat.regelHoogte(14) * 3 + 8
            y = max(onder + 8, top + kopHoogte)
            let frame = Rechthoek(x: Maat.marge + Maat.kaartBreedte + Maat.kolomGat - 8, y: top,
                                  breedte: ta.x1 - (Maat.marge + Maat.kaartBreedte + Maat.kolomGat - 8),
                                  hoogte: y - top)
            deel.achtergronden.append(Vlak(frame: frame, vulling: index % 2 == 0 ? Palet.baanA : Palet.baanB,
                                           rand: nil))
            deel.banen.append(Baan(soort: .interventies(aanbieder: aanbieder), frame: frame))
        }
        y += Maat.bandGat
    }

    /// A bar with its end marks and text, at dy = 0; returns it and the x span it occupies.
    private func balk(_ item: TijdlijnItem<Interventie>, _ ta: Tijdas) -> (Groep, (van: Double, tot: Double)) {
        let i = item.inhoud
        let h = Maat.balkHoogte
        let x0 = ta.x(i.start.van)
        // Faded edges only where the date is vague (a period, a year, or "ca."):
        // a month-precise date reads as a clean edge.
        let vastVan = Self.isVaag(i.start) ? ta.xEinde(i.start.tot) : x0
        let afloop = i.afloop ?? .onbekend
        var x1: Double
        var vervaagEinde = 0.0
        if let einde = i.einde {
            x1 = max(ta.xEinde(einde.tot), x0 + 6)
            vervaagEinde = Self.isVaag(einde) ? max(0, x1 - ta.x(einde.van)) : 0
        } else if afloop == .lopend {
            x1 = ta.x1
            vervaagEinde = min(60, (x1 - x0) / 2)
        } else {
            // End unknown: fade out after half a year.
            x1 = min(ta.x1, max(ta.xEinde(i.start.tot), x0 + 6) + 6 * ta.perMaand)
            vervaagEinde = min(6 * ta.perMaand, (x1 - x0) / 2)
        }
        let breedte = max(x1 - x0, 6)
        let kleur = Palet.interventie(i.soort)
        var g = Groep()
        g.deel.balken.append(Balk(frame: Rechthoek(x: x0, y: 0, breedte: breedte, hoogte: h), kleur: kleur,
                                  vervaagStart: min(vastVan - x0 > 6 ? vastVan - x0 : 0, breedte / 2),
                                  vervaagEinde: min(vervaagEinde > 6 ? vervaagEinde : 0, breedte / 2),
                                  item: item.id))
        // End mark: afloop, or an open end.
        var eindX = x0 + breedte
        let eindSoort: Afloop = i.einde == nil && afloop != .lopend ? .onbekend : afloop
        g.deel.glyphs.append(Glyph(soort: .afloop(eindSoort), midden: Punt(eindX + 10, h / 2), grootte: 18,
                                   kleur: Palet.afloop(eindSoort), item: nil))
        eindX += 22
        if i.overdracht == .terugNaarRegie {
            g.deel.glyphs.append(Glyph(soort: .terugNaarRegie, midden: Punt(eindX + 9, h / 2), grootte: 18,
                                       kleur: Palet.inkt, item: nil))
            eindX += 22
        }
        // Text: inside the bar when it fits, else right after the end marks.
        var tekst = Groep()
        let naamBreedte = 260.0
        tekst.regel(Woorden.code(item) + i.naam, grootte: Maat.tekst, vet: true, maxBreedte: naamBreedte)
        tekst.ernaast(aantekeningen.groep(bij: item.id))
        var onder = [Woorden.soort(i.soort), Woorden.datum(i.start) + " – "
                     + (i.einde.map(Woorden.datum) ?? (afloop == .lopend ? "lopend" : "?"))]
        if let a = i.afloop, a != .lopend { onder.append(Woorden.afloop(a)) }
        if let b = Woorden.bronnen(item) { onder.append(b) }
        tekst.regel(onder.joined(separator: " · "), grootte: Maat.klein, maxBreedte: naamBreedte)
        let past = tekst.breedte + 12 <= breedte - (vervaagStart(g) > 0 ? vervaagStart(g) : 0)
        let tekstX = past ? x0 + max(6, vervaagStart(g)) : eindX + 4
        let tekstKleur = past ? kleur.tekstKleur : Palet.inkt
        var geplaatst = tekst.verschoven(dx: tekstX, dy: (h - tekst.hoogte) / 2)
        geplaatst.deel.labels = geplaatst.deel.labels.map { l in
            var l = l
            l.kleur = tekstKleur
            return l
        }
        g.deel.voegToe(geplaatst.deel)
        let tot = past ? eindX : tekstX + tekst.breedte
        return (g, (x0, tot))
    }

    static func isVaag(_ d: Datum) -> Bool { d.ca || d.precisie.rang >= Datum.Precisie.periode.rang }

    private func vervaagStart(_ g: Groep) -> Double { g.deel.balken.first?.vervaagStart ?? 0 }
}
