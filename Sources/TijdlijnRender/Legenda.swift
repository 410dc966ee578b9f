import Casus

extension TijdlijnLayouter {
    /// What every colour and mark means, flowed left to right under the wall.
    mutating func legenda(breedte: Double) {
        deel.labels.append(Label(x: Maat.marge, y: y, regels: ["Legenda"], grootte: 18, vet: true))
        y += 30
        let d = Maat.glyph
        var x = Maat.marge
        var rijY = y
        let rechts = Maat.marge + breedte
        func item(_ tekst: String, teken: (inout TijdlijnLayout, Punt) -> Void) {
            let w = d + 6 + TekstMaat.breedte(tekst, grootte: Maat.klein) + 22
            if x + w > rechts { x = Maat.marge; rijY += 26 }
            teken(&deel, Punt(x + d / 2, rijY + 10))
            deel.labels.append(Label(x: x + d + 6, y: rijY + 10 - TekstMaat.regelHoogte(Maat.klein) / 2,
                                     regels: [tekst], grootte: Maat.klein))
            x += w
        }
        func kop(_ tekst: String) {
            if x > Maat.marge { x = Maat.marge; rijY += 30 }
            deel.labels.append(Label(x: x, y: rijY, regels: [tekst], grootte: Maat.tekst, vet: true))
            rijY += 22
        }
        func vlak(_ kleur: Kleur) -> (inout TijdlijnLayout, Punt) -> Void {
            { l, p in l.vlakken.append(Vlak(frame: Rechthoek(x: p.x - d / 2, y: p.y - d / 2, breedte: d, hoogte: d),
                                            vulling: kleur, rand: Palet.grijs, hoek: 2)) }
        }
        func glyph(_ s: GlyphSoort, _ kleur: Kleur) -> (inout TijdlijnLayout, Punt) -> Void {
            { l, p in l.glyphs.append(Glyph(soort: s, midden: p, grootte: d, kleur: kleur, item: nil)) }
        }
        kop("Hulp (kleur = soort)")
        for s in InterventieSoort.allCases { item(Woorden.soort(s), teken: vlak(Palet.interventie(s))) }
        kop("Afloop (einde van de balk)")
        for a in Afloop.allCases { item(Woorden.afloop(a), teken: glyph(.afloop(a), Palet.afloop(a))) }
        item("terug naar regie", teken: glyph(.terugNaarRegie, Palet.inkt))
        item("vage datum (vervaagde rand, ca.)") { l, p in
            l.balken.append(Balk(frame: Rechthoek(x: p.x - d / 2, y: p.y - d / 2, breedte: d, hoogte: d),
                                 kleur: Palet.grijs, vervaagStart: d / 2, vervaagEinde: 0, item: nil))
        }
        kop("Gebeurtenissen")
        for s in GebeurtenisSoort.allCases {
            item(Woorden.soort(s), teken: glyph(.gebeurtenis(s), Palet.gebeurtenis(s)))
        }
        item("zorg om veiligheid kind", teken: glyph(.zorg, Palet.zorg))
        kop("Kader en regie")
        item("vrijwillig", teken: vlak(Palet.vrijwillig))
        item("gedwongen", teken: vlak(Palet.gedwongen))
        item("opschaling", teken: glyph(.kaderOvergang(opschaling: true), Palet.gedwongen))
        item("afschaling", teken: glyph(.kaderOvergang(opschaling: false), Kleur(hex: 0x1B7837)))
        item("regiewissel warm", teken: glyph(.regiewissel(.warm, andereGemeente: false), Palet.inkt))
        item("regiewissel koud", teken: glyph(.regiewissel(.koud, andereGemeente: false), Palet.inkt))
        item("regiewissel onbekend", teken: glyph(.regiewissel(.onbekend, andereGemeente: false), Palet.inkt))
        item("wissel van gemeente", teken: glyph(.regiewissel(.onbekend, andereGemeente: true), Palet.gemeentewissel))
        kop("Sessie")
        item("smiley: dit hielp", teken: glyph(.smiley, Palet.smiley))
        item("sadney: dit hielp niet", teken: glyph(.sadney, Palet.sadney))
        item("verdeeld: smileys én sadneys — hier verschillen we", teken: glyph(.verdeeld, Palet.inkt))
        item("bronnen spreken elkaar tegen", teken: glyph(.waarschuwing, Palet.waarschuwing))
        if sessie?.gezinsleden.contains(where: { !$0.isLeeg }) == true {
            item("in de sessie aangevuld (op een kaart)", teken: vlak(Palet.sessieVlak))
        }
        item("patroon: haak onder het bewijs") { l, p in
            l.haken.append(Haak(van: p.x - d / 2, tot: p.x + d / 2, y: p.y - 4, tikken: [p.x],
                                kleur: Palet.patroon, patroon: ""))
        }
        y = rijY + 30
    }
}
