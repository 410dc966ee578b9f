import Casus

extension TijdlijnLayouter {
    static let gebeurtenisTekstBreedte = 230.0

    /// Events as markers with their text beside them, stacked in rows so no labels overlap.
    /// The marker sits at the event's date in its row; a thin guide runs up to the axis.
    mutating func gebeurtenissenBand(_ ta: Tijdas) {
        let items = tijdlijn.gebeurtenissen.sorted { ($0.inhoud.datum, $0.id) < ($1.inhoud.datum, $1.id) }
        guard !items.isEmpty else { return }
        let top = y
        kop("Gebeurtenissen", y: top)
        let asY = top + 8
        deel.lijnen.append(Lijn(van: Punt(ta.x0, asY), naar: Punt(ta.x1, asY),
                                kleur: Palet.grijs, dikte: 1))
        var pakker = RijenPakker(gat: 12)
        let d = Maat.glyph + 2
        let groepen = items.map { gebeurtenisTekst($0, inspringen: d + 8) }
        // Rows as high as the tallest text, so the step-3 questions never overlap the next row.
        let rijHoogte = max(62, (groepen.map(\.hoogte).max() ?? 0) + 12)
        let eersteRij = top + 22
        var onder = eersteRij
        for (item, g) in zip(items, groepen) {
            let e = item.inhoud
            let x = midden(e.datum, ta)
            let zorg = e.veiligheid == .zorg
            let links = x - d / 2
            let rij = pakker.plaats(van: links, tot: links + g.breedte)
            let gy = eersteRij + Double(rij) * rijHoogte
            if zorg {
                deel.vlakken.append(Vlak(frame: Rechthoek(x: links - 4, y: gy - 4,
                                                          breedte: g.breedte + 10, hoogte: g.hoogte + 8),
                                         vulling: Kleur(hex: 0xFDECEC), rand: Palet.zorg,
                                         randDikte: 2, hoek: 4))
            } else {
                // Hides guides of later rows that pass behind this text.
                deel.vlakken.append(Vlak(frame: Rechthoek(x: links - 2, y: gy - 2,
                                                          breedte: g.breedte + 6, hoogte: g.hoogte + 4),
                                         vulling: Palet.papier.metAlpha(0.9), rand: nil))
            }
            deel.lijnen.append(Lijn(van: Punt(x, asY), naar: Punt(x, gy), kleur: Palet.lichtGrijs,
                                    dikte: 1, streep: [3, 3]))
            onzekerheid(e.datum, ta, y: gy + d / 2, kleur: Palet.gebeurtenis(e.soort))
            deel.voegToe(g.verschoven(dx: links, dy: gy).deel)
            let midden = Punt(x, gy + d / 2)
            if zorg {
                deel.glyphs.append(Glyph(soort: .zorg, midden: midden, grootte: d + 8,
                                         kleur: Palet.zorg, item: nil))
            }
            deel.glyphs.append(Glyph(soort: .gebeurtenis(e.soort), midden: midden, grootte: d,
                                     kleur: Palet.gebeurtenis(e.soort), item: item.id))
            deel.glyphs.append(Glyph(soort: .gebeurtenis(e.soort), midden: Punt(x, asY), grootte: 8,
                                     kleur: Palet.gebeurtenis(e.soort), item: nil))
            noteer(item.id, van: x - d / 2, tot: x + d / 2)
            onder = max(onder, gy + g.hoogte)
        }
        y = onder + Maat.bandGat
        deel.banen.append(Baan(soort: .gebeurtenissen, frame: Rechthoek(
            x: ta.x0, y: top, breedte: ta.breedte, hoogte: y - top - Maat.bandGat / 2)))
    }

    /// An event's text beside its marker: code, date, kind and sources with the stickies;
    /// what happened; then step 3's questions (dynamiek, effect op professionals, volgende
    /// stap), each shortened to one line: the PDF's detail pages and the report have them whole.
    func gebeurtenisTekst(_ item: TijdlijnItem<Gebeurtenis>, inspringen: Double) -> Groep {
        let e = item.inhoud
        let zorg = e.veiligheid == .zorg
        let breedte = Self.gebeurtenisTekstBreedte
        var g = Groep()
        var kop = Groep()
        let datum = Woorden.code(item) + (zorg ? "ZORG · " : "") + Woorden.datum(e.datum) + " · "
            + Woorden.soort(e.soort) + (Woorden.bronnen(item).map { " · " + $0 } ?? "")
        kop.regel(datum, grootte: Maat.klein, vet: zorg, kleur: zorg ? Palet.zorg : Palet.grijs,
                  maxBreedte: breedte, inspringen: inspringen)
        kop.ernaast(aantekeningen.groep(bij: item.id))
        g.deel.voegToe(kop.deel)
        g.breedte = kop.breedte
        g.hoogte = kop.hoogte
        g.regel(e.wat, grootte: Maat.tekst, maxBreedte: breedte, maxRegels: 2, inspringen: inspringen)
        for vraag in Woorden.stapDrieVragen(e) {
            g.regel("\(vraag.kort): \(vraag.antwoord)", grootte: Maat.klein, kleur: Palet.grijs, maxBreedte: breedte,
                    inspringen: inspringen)
        }
        return g
    }
}
