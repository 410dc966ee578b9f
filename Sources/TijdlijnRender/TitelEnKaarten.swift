import Casus

extension TijdlijnLayouter {
    /// Casus, period and sources across the top.
    mutating func titelBand(breedte: Double) {
        var g = Groep()
        g.regel("Tijdlijn casus \(tijdlijn.casus)", grootte: Maat.titel, vet: true,
                maxBreedte: breedte)
        var onder: [String] = []
        if let periode = periode() {
            onder.append("Periode: \(Woorden.maandJaar(periode.van)) – \(Woorden.maandJaar(periode.tot))")
        }
        onder.append(tijdlijn.bronnen.count == 1 ? "1 bron" : "\(tijdlijn.bronnen.count) bronnen")
        if let s = sessie, s.datum != nil || !s.deelnemers.isEmpty {
            let wie = s.deelnemers.count == 1 ? "1 deelnemer" : "\(s.deelnemers.count) deelnemers"
            onder.append("Sessie" + (s.datum.map { " van " + Woorden.datum($0) } ?? "")
                         + (s.deelnemers.isEmpty ? "" : ": " + wie))
        }
        if opties.pseudoniem { onder.append("gepseudonimiseerd") }
        g.regel(onder.joined(separator: "  ·  "), grootte: Maat.kop, kleur: Palet.grijs,
                maxBreedte: breedte)
        if !tijdlijn.bronnen.isEmpty {
            let bronnen = tijdlijn.bronnen.map { "\($0.rol) (\($0.organisatie))" }
            g.regel("Bronnen: " + bronnen.joined(separator: "; "), grootte: Maat.tekst,
                    maxBreedte: breedte, maxRegels: 3)
        }
        deel.voegToe(g.verschoven(dx: Maat.marge, dy: y).deel)
        y += g.hoogte + Maat.bandGat
        deel.lijnen.append(Lijn(van: Punt(Maat.marge, y - Maat.bandGat / 2),
                                naar: Punt(Maat.marge + breedte, y - Maat.bandGat / 2),
                                kleur: Palet.lichtGrijs, dikte: 1.5))
    }

    func periode() -> Periode? {
        if let p = tijdlijn.periode { return p }
        var dagen: [Dag] = []
        for g in tijdlijn.gebeurtenissen { dagen += [g.inhoud.datum.van, g.inhoud.datum.tot] }
        for i in tijdlijn.interventies {
            dagen += [i.inhoud.start.van] + (i.inhoud.einde.map { [$0.tot] } ?? [])
        }
        for k in tijdlijn.kader { dagen += [k.inhoud.datum.van, k.inhoud.datum.tot] }
        for r in tijdlijn.regie { dagen += [r.inhoud.vanaf.van] + (r.inhoud.tot.map { [$0.tot] } ?? []) }
        guard let van = dagen.min(), let tot = dagen.max() else { return nil }
        return Periode(van: van, tot: tot)
    }

    /// A card that starts with its heading (role or name) and the faces placed on it.
    private func kaartKop(_ id: String, naam: String?, grootte: Double, binnen: Double) -> Groep {
        var k = Groep()
        var kop = Groep()
        kop.regel(namen.kop(id, naam: naam), grootte: grootte, vet: true,
                  maxBreedte: binnen - aantekeningen.groep(bij: id).breedte - 8)
        kop.ernaast(aantekeningen.groep(bij: id))
        k.deel.voegToe(kop.deel)
        k.hoogte = kop.hoogte
        k.breedte = kop.breedte
        return k
    }

    /// The column of gezinsleden and netwerk cards at the left; returns its bottom.
    mutating func kaarten(vanaf top: Double) -> Double {
        var y = top
        let binnen = Maat.kaartBreedte - 24
        if !tijdlijn.gezinsleden.isEmpty {
            deel.labels.append(Label(x: Maat.marge, y: y, regels: ["Gezin"], grootte: 18, vet: true))
            y += 30
        }
        for lid in tijdlijn.gezinsleden {
            let g = lid.inhoud
            var k = kaartKop(lid.id, naam: g.naam, grootte: Maat.kop, binnen: binnen)
            if let geboren = g.geboren {
                k.regel("geboren \(Woorden.datum(geboren))", grootte: Maat.klein,
                        kleur: Palet.grijs, maxBreedte: binnen)
            }
            for (titel, tekst) in [("Eigenheid", g.eigenheid), ("Blij van", g.blijVan),
                                   ("Mechanisme", g.mechanisme)] {
                guard let tekst, !tekst.isEmpty else { continue }
                k.hoogte += 4
                k.regel(titel, grootte: Maat.klein, vet: true, kleur: Palet.grijs, maxBreedte: binnen)
                k.regel(tekst, grootte: Maat.tekst, maxBreedte: binnen, maxRegels: 3)
            }
            for aanvulling in aanvullingen(bij: lid.id, binnen: binnen) { k.onder(aanvulling, gat: 8) }
            y = kaart(k, item: lid.id, y: y, rand: Palet.lichtGrijs)
        }
        if !tijdlijn.netwerk.isEmpty {
            y += 8
            deel.labels.append(Label(x: Maat.marge, y: y, regels: ["Netwerk"], grootte: 18, vet: true))
            y += 30
        }
        for lid in tijdlijn.netwerk {
            let n = lid.inhoud
            var k = kaartKop(lid.id, naam: n.naam, grootte: Maat.tekst, binnen: binnen)
            k.regel("invloed: \(n.invloed.rawValue)", grootte: Maat.klein, vet: true,
                    kleur: Palet.invloed(n.invloed), maxBreedte: binnen)
            if let t = n.toelichting, !t.isEmpty {
                k.regel(t, grootte: Maat.klein, maxBreedte: binnen, maxRegels: 2)
            }
            y = kaart(k, item: lid.id, y: y, rand: Palet.invloed(n.invloed))
        }
        return y
    }

    /// Frames a card's content and places it; returns the y below it.
    private mutating func kaart(_ k: Groep, item: String, y: Double, rand: Kleur) -> Double {
        let frame = Rechthoek(x: Maat.marge, y: y, breedte: Maat.kaartBreedte,
                              hoogte: k.hoogte + 20)
        deel.vlakken.append(Vlak(frame: frame, vulling: Kleur(hex: 0xFAFAF7), rand: rand,
                                 randDikte: 1.5, hoek: 6, item: item))
        deel.voegToe(k.verschoven(dx: Maat.marge + 12, dy: y + 10).deel)
        return frame.maxY + 10
    }
}
