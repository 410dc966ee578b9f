import Casus

extension TijdlijnLayouter {
    /// Years (and month letters when there is room) along the axis.
    mutating func tijdasBand(_ ta: Tijdas, onderaan: Bool = false) {
        let top = y
        let jaarGrootte = 20.0
        let maandRij = ta.perMaand >= 14
        deel.banen.append(Baan(soort: .tijdas, frame: Rechthoek(
            x: ta.x0, y: top, breedte: ta.breedte, hoogte: maandRij ? 52 : 34)))
        for jaar in ta.eersteJaar...ta.laatsteJaar {
            let x0 = ta.x(Dag(jaar, 1, 1))
            let x1 = ta.x0 + Double((jaar - ta.eersteJaar + 1) * 12) * ta.perMaand
            let tekst = "\(jaar)"
            if TekstMaat.breedte(tekst, grootte: jaarGrootte, vet: true) < x1 - x0 - 4 {
                deel.labels.append(Label(x: (x0 + x1) / 2, y: top, regels: [tekst],
                                         grootte: jaarGrootte, vet: true, uitlijning: .midden))
            }
            guard maandRij else { continue }
            for maand in 1...12 {
                let mx0 = x0 + Double(maand - 1) * ta.perMaand
                deel.labels.append(Label(x: mx0 + ta.perMaand / 2, y: top + 30,
                                         regels: [Maanden.letters[maand - 1]],
                                         grootte: Maat.klein, kleur: Palet.grijs,
                                         uitlijning: .midden))
                if maand > 1 {
                    deel.lijnen.append(Lijn(van: Punt(mx0, top + 30), naar: Punt(mx0, top + 44),
                                            kleur: Palet.lichtGrijs, dikte: 1))
                }
            }
        }
        let lijnY = onderaan ? top : top + (maandRij ? 48 : 30)
        deel.lijnen.append(Lijn(van: Punt(ta.x0, lijnY), naar: Punt(ta.x1, lijnY),
                                kleur: Palet.grijs, dikte: 1.5))
        y = top + (maandRij ? 52 : 34) + Maat.bandGat / 2
    }

    /// Thin vertical year lines through all bands, drawn beneath everything.
    mutating func jaarLijnen(_ ta: Tijdas, van top: Double, tot onder: Double) {
        var lijnen: [Lijn] = []
        for jaar in ta.eersteJaar...(ta.laatsteJaar + 1) {
            let x = ta.x0 + Double((jaar - ta.eersteJaar) * 12) * ta.perMaand
            lijnen.append(Lijn(van: Punt(x, top), naar: Punt(x, onder),
                               kleur: Palet.lichtGrijs, dikte: 1))
        }
        deel.lijnen.insert(contentsOf: lijnen, at: 0)
    }
}
