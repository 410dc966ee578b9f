import Casus

/// The PDF's last pages: for every item several sources describe, each source's
/// own words, so the wall's one wording hides nobody's (issue 14).
enum Formuleringen {
    struct Regel: Sendable, Hashable {
        var tekst: String
        var vet: Bool
    }

    static func regels(_ t: Tijdlijn) -> [Regel] {
        var uit: [Regel] = []
        func voeg<T: EigenWoorden>(_ items: [TijdlijnItem<T>]) {
            for item in items {
                let woorden = item.woordenPerBron(lengte: 110)
                guard Set(woorden.map(\.woorden)).count > 1 else { continue }
                uit.append(Regel(tekst: "\(item.code ?? item.id) — getoond: "
                                 + String(item.inhoud.eigenWoorden.prefix(100)), vet: true))
                uit += woorden.map { Regel(tekst: "   \($0.bron): \($0.woorden)", vet: false) }
            }
        }
        voeg(t.gebeurtenissen); voeg(t.interventies); voeg(t.kader); voeg(t.regie)
        return uit
    }

    /// Step 3's answers in full, per event (the wall shortens each to one line).
    static func details(_ t: Tijdlijn) -> [Regel] {
        let breedte = Self.breedte - 2 * marge - 24
        var uit: [Regel] = []
        for item in t.gebeurtenissen.sorted(by: { ($0.inhoud.datum, $0.id) < ($1.inhoud.datum, $1.id) }) {
            let vragen = Woorden.stapDrieVragen(item.inhoud)
            guard !vragen.isEmpty else { continue }
            let kop = "\(item.code ?? item.id) — \(Woorden.datum(item.inhoud.datum)): \(item.inhoud.wat)"
            uit += TekstMaat.omgebroken(kop, grootte: grootte, vet: true, maxBreedte: breedte, maxRegels: 20)
                .map { Regel(tekst: $0, vet: true) }
            for v in vragen {
                uit += TekstMaat.omgebroken("\(v.voluit): \(v.antwoord)", grootte: grootte, maxBreedte: breedte,
                                            maxRegels: 60).map { Regel(tekst: "   " + $0, vet: false) }
            }
        }
        return uit
    }

    static let breedte = 842.0, hoogte = 595.0, marge = 36.0, grootte = 8.0

    /// A4 landscape pages after the wall, headed `titel`; returns how many.
    static func teken(_ regels: [Regel], titel: String, op o: CairoOppervlak) throws -> Int {
        guard !regels.isEmpty else { return 0 }
        let stap = TekstMaat.regelHoogte(grootte)
        let perPagina = Int((hoogte - 2 * marge) / stap) - 2
        var paginas = 0
        for begin in stride(from: 0, to: regels.count, by: perPagina) {
            try o.volgendePagina()
            o.zetPaginaGrootte(breedte: breedte, hoogte: hoogte)
            paginas += 1
            var opdrachten: [Tekenopdracht] = [
                .rechthoek(Rechthoek(x: 0, y: 0, breedte: breedte, hoogte: hoogte), vulling: Palet.papier,
                           rand: nil, dikte: 0, hoek: 0),
                .tekst(Label(x: marge, y: marge, regels: [titel],
                             grootte: 11, vet: true)),
            ]
            for (i, r) in regels[begin..<min(begin + perPagina, regels.count)].enumerated() {
                opdrachten.append(.tekst(Label(x: marge, y: marge + stap * Double(i + 2), regels: [r.tekst],
                                               grootte: grootte, vet: r.vet)))
            }
            CairoSchilder.teken(opdrachten, op: o)
        }
        return paginas
    }
}
