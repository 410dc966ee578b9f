import Casus

extension TijdlijnLayouter {
    /// One ruler per child with a known birth date, under the time axis: how old
    /// the child was at every moment of the wall. A fuzzy birth date shows as a
    /// shaded zone where the birthday may fall.
    mutating func leeftijdBand(_ ta: Tijdas) {
        let kinderen = tijdlijn.gezinsleden.compactMap { k -> (id: String, naam: String?, geboren: Datum)? in
            guard k.inhoud.rol == .kind, let geboren = k.inhoud.geboren else { return nil }
            return (k.id, k.inhoud.naam, geboren)
        }
        guard !kinderen.isEmpty else { return }
        let top = y
        kop("Leeftijd", y: top, maxRegels: 1)
        let rijHoogte = 22.0
        var rijY = top + 22
        let eerste = Dag(ta.eersteJaar, 1, 1), laatste = Dag(ta.laatsteJaar, 12, 31)
        for kind in kinderen {
            deel.labels.append(Label(x: ta.x0 - 10, y: rijY + 2, regels: [namen.kop(kind.id, naam: kind.naam)],
                                     grootte: Maat.klein, kleur: Palet.grijs, uitlijning: .rechts))
            let midden = rijY + rijHoogte / 2
            let vanaf = max(ta.x(kind.geboren.van), ta.x0)
            if vanaf < ta.x1 {
                deel.lijnen.append(Lijn(van: Punt(vanaf, midden), naar: Punt(ta.x1, midden),
                                        kleur: Palet.lichtGrijs, dikte: 1))
            }
            let jongst = max(0, Leeftijd.jaren(geboren: kind.geboren.tot, op: eerste))
            let oudst = Leeftijd.jaren(geboren: kind.geboren.van, op: laatste)
            guard oudst >= jongst else { rijY += rijHoogte; continue }
            // Where each birthday may fall: [earliest, latest] on the axis.
            func zone(_ n: Int) -> (van: Double, tot: Double) {
                (ta.x(kind.geboren.van.plus(maanden: 12 * n)), ta.xEinde(kind.geboren.tot.plus(maanden: 12 * n)))
            }
            for n in jongst...(oudst + 1) {
                let z = zone(n)
                if z.tot > ta.x0, z.van < ta.x1, n <= oudst {
                    if z.tot - z.van > 4 {
                        deel.balken.append(Balk(frame: Rechthoek(x: z.van, y: midden - 5, breedte: z.tot - z.van, hoogte: 10),
                                                kleur: Palet.grijs.metAlpha(0.25), vervaagStart: 0, vervaagEinde: 0, item: nil))
                        // Within the zone the age is n - 1 or n.
                        leeftijdLabel(n == 0 ? "geboren" : "\(n - 1)–\(n)", van: z.van, tot: z.tot, ta, midden: midden)
                    } else {
                        deel.lijnen.append(Lijn(van: Punt(z.van, midden - 6), naar: Punt(z.van, midden + 6),
                                                kleur: Palet.grijs, dikte: 1.5))
                    }
                }
                // Between this birthday and the next the age is certain.
                if n <= oudst { leeftijdLabel("\(n)", van: z.tot, tot: zone(n + 1).van, ta, midden: midden) }
            }
            rijY += rijHoogte
        }
        y = rijY + Maat.bandGat / 2
        deel.banen.append(Baan(soort: .leeftijd, frame: Rechthoek(x: ta.x0, y: top, breedte: ta.breedte,
                                                                 hoogte: y - top)))
    }

    /// A bold age centred in [van, tot] on the axis, only where it fits.
    mutating func leeftijdLabel(_ tekst: String, van: Double, tot: Double, _ ta: Tijdas, midden: Double) {
        let van = max(van, ta.x0), tot = min(tot, ta.x1)
        guard tot - van > TekstMaat.breedte(tekst, grootte: Maat.klein, vet: true) + 6 else { return }
        deel.labels.append(Label(x: (van + tot) / 2, y: midden - TekstMaat.regelHoogte(Maat.klein) / 2,
                                 regels: [tekst], grootte: Maat.klein, vet: true, kleur: Palet.inkt,
                                 uitlijning: .midden))
    }

    /// "Kind 1 8 jr · Kind 2 5–6 jr": the children's ages at one item, by role only.
    func leeftijdenTekst(_ leeftijden: [Leeftijd]?) -> String? {
        guard let leeftijden, !leeftijden.isEmpty else { return nil }
        return leeftijden.map { l in
            "\(namen.rol(l.gezinslid).lowercased()): \(l.van == l.tot ? "\(l.van)" : "\(l.van)–\(l.tot)") jr"
        }.joined(separator: " · ")
    }
}
