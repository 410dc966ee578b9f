/// The vision test and the agreements across casussen, and the follow-up talks.
extension RodeDradenRapport {
    static func visie(_ r: RodeDraden) -> [RapportDocument.Blok] {
        guard let s = r.sessies, s.visie.contains(where: { !($0.wel + $0.deels + $0.niet + $0.onbekend).isEmpty })
        else { return [] }
        let rijen: [[[RapportDocument.Fragment]]] = s.visie.map { p in
            [[.tekst("\(p.principe). \(p.kort)")], [.tekst(String(p.wel.count))], [.tekst(String(p.deels.count))],
             [.tekst(String(p.niet.count))], [.tekst(p.niet.isEmpty ? "" : p.niet.joined(separator: ", "))]]
        }
        var blokken: [RapportDocument.Blok] = [
            .kop(niveau: 2, tekst: "Visie toetsen: de acht principes", anker: "visie"),
            .alinea([.tekst("Per principe van rust en welzijn: in hoeveel casussen de groep vond dat er wel, "
                + "deels of niet naar gewerkt was.")]),
            .tabel(koppen: ["Principe", "Wel", "Deels", "Niet", "Niet in"], rijen: rijen, rechts: [1, 2, 3]),
        ]
        let vaakst = s.visie.filter { !$0.niet.isEmpty }.sorted { ($1.niet.count, $0.principe) < ($0.niet.count, $1.principe) }
        if let eerste = vaakst.first {
            blokken.append(.alinea([.tekst("Het vaakst niet gevolgd: principe \(eerste.principe), \(eerste.kort) "
                + "(\(RapportTeksten.casussen(eerste.niet.count))).")]))
        }
        return blokken
    }

    static func afspraken(_ r: RodeDraden) -> [RapportDocument.Blok] {
        guard let s = r.sessies, !s.afspraken.isEmpty else { return [] }
        return [
            .kop(niveau: 2, tekst: "Afspraken uit de sessies", anker: "afspraken"),
            .tabel(koppen: ["Casus", "Wat", "Wie", "Wanneer", "Status"],
                   rijen: s.afspraken.map { a in
                       [[.tekst(a.casus)], [.tekst(a.wat)], [.tekst(a.wie ?? "—")], [.tekst(a.wanneer ?? "—")],
                        [.tekst(a.status)]]
                   }, rechts: []),
        ]
    }

    static func gesprekken(_ project: Project?) -> [RapportDocument.Blok] {
        guard let gesprekken = project?.gesprekken, !gesprekken.isEmpty else { return [] }
        var blokken: [RapportDocument.Blok] = [.kop(niveau: 2, tekst: "In gesprek", anker: "gesprekken")]
        for g in gesprekken {
            blokken.append(.kop(niveau: 3, tekst: g.met + (g.datum.map { " (\($0))" } ?? ""), anker: nil))
            if !g.aanvullingen.isEmpty { blokken.append(.lijst(g.aanvullingen.map { [.tekst($0)] })) }
        }
        return blokken
    }
}
