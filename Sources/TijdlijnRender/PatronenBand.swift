import Casus

extension TijdlijnLayouter {
    /// A bracket under the evidence of each finding, titled; findings whose evidence has no
    /// place on the axis (kinderen, an empty list) are listed below the brackets.
    mutating func patronenBand(_ ta: Tijdas) {
        guard !bevindingen.isEmpty else { return }
        let top = y
        kop("Patronen", y: top)
        var groepen: [(x: Double, groep: Groep)] = []
        var zonderPlek: [Bevinding] = []
        for b in bevindingen {
            let plekken = b.bewijs.compactMap { spans[$0] }
            guard let van = plekken.map(\.van).min(), let tot = plekken.map(\.tot).max() else {
                zonderPlek.append(b)
                continue
            }
            var g = Groep()
            g.hoogte = 16
            g.regel(b.titel, grootte: Maat.tekst, vet: true, kleur: Palet.patroon,
                    maxBreedte: max(tot - van, 280), inspringen: 6)
            g.regel(b.uitleg, grootte: Maat.klein, maxBreedte: max(tot - van, 280), maxRegels: 2,
                    inspringen: 6)
            g.deel.haken.append(Haak(van: 6, tot: 6 + tot - van, y: 2,
                                     tikken: plekken.map { ($0.van + $0.tot) / 2 - van + 6 }.sorted(),
                                     kleur: Palet.patroon, patroon: b.patroon))
            g.breedte = max(g.breedte, tot - van + 12)
            groepen.append((van, g))
        }
        let hoogte = plaatsGroepen(groepen, y: top + 4, rijHoogte: 74, gat: 16)
        y = top + 4 + hoogte + 8
        patronenZonderPlek(zonderPlek)
        y += Maat.bandGat
        deel.banen.append(Baan(soort: .patronen, frame: Rechthoek(x: ta.x0, y: top, breedte: ta.breedte,
                                                                 hoogte: y - top - Maat.bandGat / 2)))
    }

    mutating func patronenZonderPlek(_ lijst: [Bevinding]? = nil) {
        let lijst = lijst ?? bevindingen
        guard !lijst.isEmpty else { return }
        let x = Maat.tijdasX
        let breedte = max(600, (tijdas?.breedte ?? 600) - 20)
        for b in lijst {
            var g = Groep()
            g.regel("\(b.titel) — \(b.uitleg)", grootte: Maat.tekst, kleur: Palet.patroon,
                    maxBreedte: breedte, maxRegels: 2)
            deel.voegToe(g.verschoven(dx: x, dy: y).deel)
            y += g.hoogte + 6
        }
    }
}
