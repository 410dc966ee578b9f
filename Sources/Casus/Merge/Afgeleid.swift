/// Facts derived from the merged items: conflicts about who held regie,
/// regiewisselingen, and the span of the casus.
enum Afgeleid {
    static func vulAan(_ tijdlijn: inout Tijdlijn) {
        regieConflicten(&tijdlijn)
        tijdlijn.regiewisselingen = regiewisselingen(tijdlijn.regie)
        tijdlijn.periode = periode(tijdlijn)
        tijdlijn.vulLeeftijden()
    }

    /// Holder of a regie period: `wie` + `organisatie`, and `gemeente` when known.
    static func andereHouder(_ a: Regieperiode, _ b: Regieperiode) -> Bool {
        a.houder != b.houder || andereGemeente(a, b)
    }

    static func andereGemeente(_ a: Regieperiode, _ b: Regieperiode) -> Bool {
        guard let ga = a.gemeente, let gb = b.gemeente else { return false }
        return Normalisatie.normaal(ga) != Normalisatie.normaal(gb)
    }

    /// Periods of different holders that overlap more than
    /// `Drempels.regieOverlapDagen`, told by at least two sources together: the
    /// sources disagree on who held regie. Both periods stay on the timeline; the
    /// conflict sits on the earlier one and names the other.
    static func regieConflicten(_ tijdlijn: inout Tijdlijn) {
        let regie = tijdlijn.regie
        let intervallen = regie.enumerated().map { i, r in
            (index: i, bron: r.id, van: r.inhoud.interval.van, tot: r.inhoud.interval.tot)
        }
        var paren: [(Int, Int)] = []
        Groepering.overlappend(intervallen, marge: -(Drempels.regieOverlapDagen + 1)) { paren.append(($0, $1)) }
        var nieuw: [Conflict] = []
        for (i, j) in paren.sorted(by: { $0 < $1 }) {
            let a = regie[i], b = regie[j]
            guard andereHouder(a.inhoud, b.inhoud), Set(a.bronnen + b.bronnen).count >= 2 else { continue }
            let waarden = (a.perBron.map { ($0, a.id) } + b.perBron.map { ($0, b.id) })
                .map { entry, id in ConflictWaarde(bron: entry.bron, waarde: beschrijf(entry.inhoud, id)) }
            nieuw.append(Conflict(
                item: a.id, veld: "regiehouder", waarden: waarden,
                gekozen: "beide perioden staan op de tijdlijn",
                keuze: "wie toen de regie had is niet te kiezen; bespreek het in de sessie"))
            tijdlijn.regie[i].conflict = true
            tijdlijn.regie[j].conflict = true
        }
        tijdlijn.conflicten = (tijdlijn.conflicten + nieuw).sorted {
            ($0.item, $0.veld, $0.waarden.first?.waarde ?? "") < ($1.item, $1.veld, $1.waarden.first?.waarde ?? "")
        }
    }

    static func beschrijf(_ r: Regieperiode, _ id: String) -> String {
        "\(r.wie) (\(r.organisatie)) vanaf \(r.vanaf.tekst)" + (r.tot.map { " tot \($0.tekst)" } ?? "")
            + " [\(id)]"
    }

    /// Consecutive merged regie periods (by `vanaf`) with another holder: a
    /// wissel at the next period's `vanaf`, with that period's `overdracht`.
    static func regiewisselingen(_ regie: [TijdlijnItem<Regieperiode>]) -> [Regiewissel] {
        let gesorteerd = regie.sorted { ($0.inhoud.vanaf.van, $0.inhoud.vanaf.tot, $0.id)
            < ($1.inhoud.vanaf.van, $1.inhoud.vanaf.tot, $1.id) }
        var uit: [Regiewissel] = []
        for (vorige, volgende) in zip(gesorteerd, gesorteerd.dropFirst())
        where andereHouder(vorige.inhoud, volgende.inhoud) {
            let kort = volgende.id.hasPrefix("regie-") ? String(volgende.id.dropFirst(6)) : volgende.id
            uit.append(Regiewissel(
                id: "regiewissel-\(kort)", datum: volgende.inhoud.vanaf, van: vorige.id,
                naar: volgende.id, andereGemeente: andereGemeente(vorige.inhoud, volgende.inhoud),
                overdracht: volgende.inhoud.overdracht ?? .onbekend))
        }
        return uit
    }

    /// From the earliest to the latest date of gebeurtenissen, interventies,
    /// kader and regie. Birth dates are left out: they would stretch the casus
    /// back to a child's birth.
    static func periode(_ t: Tijdlijn) -> Periode? {
        var data: [Datum] = t.gebeurtenissen.map(\.inhoud.datum) + t.kader.map(\.inhoud.datum)
        for i in t.interventies { data.append(i.inhoud.start); if let e = i.inhoud.einde { data.append(e) } }
        for r in t.regie { data.append(r.inhoud.vanaf); if let e = r.inhoud.tot { data.append(e) } }
        guard let van = data.map(\.van).min(), let tot = data.map(\.tot).max() else { return nil }
        return Periode(van: van, tot: tot)
    }
}
