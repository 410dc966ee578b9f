import Casus

/// What the session adds to the wall (issue 13, step 2 and 4): the group's additions on the
/// family cards, the visie band (the eight principles) and the agreements. Nothing is drawn
/// without a session, so a wall of formats alone looks as before.
extension TijdlijnLayouter {
    static let visieCelBreedte = 300.0
    static let afspraakBreedte = 440.0
    static let celGat = 12.0

    /// Step 2: each addition about this family member as a sticky-note panel on its card,
    /// headed "In de sessie aangevuld" so it never reads as a professional's format.
    func aanvullingen(bij id: String, binnen: Double) -> [Groep] {
        (sessie?.gezinsleden ?? []).filter { $0.id == id && !$0.isLeeg }.map { a in
            let tekstBreedte = binnen - 16
            var inhoud = Groep()
            inhoud.regel("In de sessie aangevuld" + (a.door.map { " door \($0)" } ?? ""), grootte: Maat.klein,
                         vet: true, kleur: Palet.sessieKop, maxBreedte: tekstBreedte, maxRegels: 2)
            for (titel, tekst) in [("Eigenheid", a.eigenheid), ("Blij van", a.blijVan), ("Mechanisme", a.mechanisme)] {
                guard let tekst, !tekst.isEmpty else { continue }
                inhoud.hoogte += 3
                inhoud.regel(titel, grootte: Maat.klein, vet: true, kleur: Palet.sessieKop, maxBreedte: tekstBreedte)
                inhoud.regel(tekst, grootte: Maat.tekst, maxBreedte: tekstBreedte, maxRegels: 3)
            }
            var paneel = Groep()
            paneel.deel.vlakken.append(Vlak(frame: Rechthoek(x: 0, y: 0, breedte: binnen, hoogte: inhoud.hoogte + 12),
                                            vulling: Palet.sessieVlak, rand: Palet.sessieRand, randDikte: 1, hoek: 3))
            paneel.deel.voegToe(inhoud.verschoven(dx: 8, dy: 6).deel)
            paneel.breedte = binnen
            paneel.hoogte = inhoud.hoogte + 12
            return paneel
        }
    }

    /// Step 4, visie toetsen: all eight principles side by side (or in rows of four), each
    /// with the group's oordeel as a coloured word, how it went and how it could have gone.
    mutating func visieBand(breedte: Double) {
        guard let sessie, !sessie.visie.isEmpty else { return }
        deel.labels.append(Label(x: Maat.marge, y: y, regels: ["Visie toetsen: rust en welzijn"], grootte: 18, vet: true))
        y += 28
        deel.labels.append(Label(x: Maat.marge, y: y, regels: [
            "De casus getoetst aan de acht principes: hoe het ging, en hoe het had kunnen gaan."],
                                 grootte: Maat.tekst, kleur: Palet.grijs))
        y += 26
        let cellen = Principe.alle.map { p in visieCel(p, sessie.visie.first { $0.principe == p.nummer }) }
        y = raster(cellen, celBreedte: Self.visieCelBreedte, breedte: breedte, rand: { i in
            Palet.oordeel(sessie.visie.first { $0.principe == i + 1 }?.oordeel)
        }) + Maat.bandGat
    }

    private func visieCel(_ p: Principe, _ v: VisieOordeel?) -> Groep {
        let binnen = Self.visieCelBreedte - 24
        var g = Groep()
        g.regel("\(p.nummer). \(p.kort)", grootte: Maat.tekst, vet: true, maxBreedte: binnen, maxRegels: 2)
        let woord = v.map { $0.oordeel.rawValue } ?? "niet besproken"
        var etiket = Groep()
        let w = TekstMaat.breedte(woord, grootte: Maat.tekst, vet: true) + 16
        etiket.deel.vlakken.append(Vlak(frame: Rechthoek(x: 0, y: 0, breedte: w, hoogte: 22),
                                        vulling: Palet.oordeel(v?.oordeel), rand: nil, hoek: 11))
        etiket.deel.labels.append(Label(x: 8, y: 11 - TekstMaat.regelHoogte(Maat.tekst) / 2, regels: [woord],
                                        grootte: Maat.tekst, vet: true,
                                        kleur: v?.oordeel == .deels ? Palet.inkt : Palet.wit))
        etiket.breedte = w
        etiket.hoogte = 22
        g.onder(etiket, gat: 6)
        if let t = v?.toelichting, !t.isEmpty {
            g.hoogte += 6
            g.regel(t, grootte: Maat.tekst, maxBreedte: binnen, maxRegels: 4)
        }
        if let t = v?.hadKunnen, !t.isEmpty {
            g.hoogte += 6
            g.regel("Had kunnen", grootte: Maat.klein, vet: true, kleur: Palet.grijs, maxBreedte: binnen)
            g.regel(t, grootte: Maat.tekst, maxBreedte: binnen, maxRegels: 4)
        }
        if let over = verwijzing(v?.items ?? []) {
            g.hoogte += 4
            g.regel("over: " + over, grootte: Maat.klein, kleur: Palet.grijs, maxBreedte: binnen, maxRegels: 2)
        }
        return g
    }

    /// Step 4's agreements, numbered as in `casus toon`: wat, then wie · wanneer · status,
    /// with an open or ticked box.
    mutating func afsprakenBand(breedte: Double) {
        guard let sessie, !sessie.afspraken.isEmpty else { return }
        deel.labels.append(Label(x: Maat.marge, y: y, regels: ["Afspraken"], grootte: 18, vet: true))
        y += 32
        let binnen = Self.afspraakBreedte - 24
        let cellen = sessie.afspraken.enumerated().map { n, a in
            var g = Groep()
            let gedaan = a.status == .gedaan
            g.deel.vlakken.append(Vlak(frame: Rechthoek(x: 0, y: 1, breedte: 14, hoogte: 14),
                                       vulling: gedaan ? Palet.smiley : Palet.wit, rand: Palet.grijs, randDikte: 1.5))
            g.regel("\(n + 1). \(a.wat)", grootte: Maat.tekst, vet: true, maxBreedte: binnen - 22, maxRegels: 3,
                    inspringen: 22)
            let details = [a.wie.map { "wie: \($0)" }, a.wanneer.map { "wanneer: \(Woorden.datum($0))" },
                           gedaan ? "gedaan" : "open", verwijzing(a.items).map { "bij: \($0)" }].compactMap { $0 }
            g.regel(details.joined(separator: " · "), grootte: Maat.klein, kleur: Palet.grijs,
                    maxBreedte: binnen - 22, maxRegels: 2, inspringen: 22)
            return g
        }
        y = raster(cellen, celBreedte: Self.afspraakBreedte, breedte: breedte, rand: { _ in Palet.lichtGrijs })
            + Maat.bandGat
    }

    /// Places cells in rows (8, 4, 2 or 1 per row for the principles; as many as fit
    /// otherwise), each framed with a coloured left edge; returns the bottom.
    private mutating func raster(_ cellen: [Groep], celBreedte: Double, breedte: Double,
                                 rand: (Int) -> Kleur) -> Double {
        let passen = max(1, Int((breedte + Self.celGat) / (celBreedte + Self.celGat)))
        let perRij = cellen.count == 8 ? [8, 4, 2, 1].first { $0 <= passen } ?? 1 : min(passen, cellen.count)
        var top = y
        for begin in stride(from: 0, to: cellen.count, by: perRij) {
            let rij = Array(cellen[begin..<min(begin + perRij, cellen.count)])
            let hoogte = (rij.map(\.hoogte).max() ?? 0) + 20
            for (k, cel) in rij.enumerated() {
                let x = Maat.marge + Double(k) * (celBreedte + Self.celGat)
                deel.vlakken.append(Vlak(frame: Rechthoek(x: x, y: top, breedte: celBreedte, hoogte: hoogte),
                                         vulling: Kleur(hex: 0xFAFAF7), rand: Palet.lichtGrijs, randDikte: 1, hoek: 6))
                deel.vlakken.append(Vlak(frame: Rechthoek(x: x, y: top, breedte: 6, hoogte: hoogte),
                                         vulling: rand(begin + k), rand: nil, hoek: 3))
                deel.voegToe(cel.verschoven(dx: x + 16, dy: top + 10).deel)
            }
            top += hoogte + Self.celGat
        }
        return top
    }

    /// Items named by their sticker codes where the wall shows one (else the id).
    func verwijzing(_ ids: [String]) -> String? {
        guard !ids.isEmpty else { return nil }
        var codes: [String: String] = [:]
        func voeg<T>(_ items: [TijdlijnItem<T>]) { for i in items { codes[i.id] = i.code } }
        voeg(tijdlijn.gezinsleden); voeg(tijdlijn.netwerk); voeg(tijdlijn.gebeurtenissen)
        voeg(tijdlijn.interventies); voeg(tijdlijn.kader); voeg(tijdlijn.regie)
        return ids.map { codes[tijdlijn.huidigId($0) ?? $0] ?? $0 }.joined(separator: ", ")
    }
}
