extension RodeDradenRapport {
    /// Where every number comes from: per count the casussen and items behind it
    /// (each item is described in the appendix of its casus).
    static func verantwoording(_ r: RodeDraden) -> [RapportDocument.Blok] {
        var blokken: [RapportDocument.Blok] = [
            .kop(niveau: 2, tekst: "Verantwoording", anker: RapportAnkers.verantwoording),
            .alinea([.tekst("Achter elk getal in dit rapport staan hieronder de casussen en de "
                + "momenten (items van de samengevoegde tijdlijn) die het getal vormen.")]),
            .kop(niveau: 3, tekst: "Achter de getallen", anker: "sporen"),
        ]
        for p in r.patronen where p.aantalCasussen > 0 {
            blokken.append(.kop(niveau: 4, tekst: "Patroon: \(p.titel)",
                                anker: RapportAnkers.patroonSpoor(p.patroon)))
            blokken.append(.lijst(p.bewijs.map { b in
                [casusLink(b.casus), .tekst(b.items.isEmpty ? " (geen items: zie de uitleg van het patroon)" : ": ")]
                    + itemLinks(b.casus, b.items.map { ($0, 1) })
            }))
        }
        blokken += sporen(ThemaVeld.naam, "thema", r.annotaties.perThema, RapportTeksten.thema)
        blokken += sporen(SoortVeld.naam, "soort interventie", r.annotaties.perSoortInterventie,
                          RapportTeksten.soortInterventie)
        blokken += sporen(KaderVeld.naam, "", r.annotaties.perKader, RapportTeksten.kader)
        return blokken
    }

    private static func sporen<V: RijVeld>(_ veld: String, _ naam: String, _ rijen: [AnnotatieRij<V>],
                                           _ label: (String) -> String) -> [RapportDocument.Blok] {
        var blokken: [RapportDocument.Blok] = []
        for rij in rijen {
            for (soort, bij) in [(AnnotatieSoort.smiley, rij.smileyBij), (.sadney, rij.sadneyBij)]
            where !bij.isEmpty {
                let meervoud = soort == .smiley ? "Smileys" : "Sadneys"
                let wat = naam.isEmpty ? label(rij.waarde) : "\(naam) \(label(rij.waarde))"
                blokken.append(.kop(niveau: 4, tekst: "\(meervoud) bij \(wat)",
                                    anker: RapportAnkers.rijSpoor(veld, rij.waarde, soort)))
                blokken.append(.lijst(perCasusGegroepeerd(bij).map { casus, verwijzingen in
                    [casusLink(casus), .tekst(": ")]
                        + itemLinks(casus, verwijzingen.map { ($0.item, $0.aantal) })
                }))
            }
        }
        return blokken
    }

    private static func perCasusGegroepeerd(_ bij: [Verwijzing]) -> [(String, [Verwijzing])] {
        var uit: [(String, [Verwijzing])] = []
        for v in bij {
            if uit.last?.0 == v.casus { uit[uit.count - 1].1.append(v) } else { uit.append((v.casus, [v])) }
        }
        return uit
    }

    static func casusLink(_ casus: String) -> RapportDocument.Fragment {
        .link(casus, anker: RapportAnkers.casus(casus))
    }

    private static func itemLinks(_ casus: String, _ items: [(String, Int)]) -> [RapportDocument.Fragment] {
        var uit: [RapportDocument.Fragment] = []
        for (n, (item, aantal)) in items.enumerated() {
            if n > 0 { uit.append(.tekst(", ")) }
            uit.append(.link(item, anker: RapportAnkers.item(casus, item)))
            if aantal > 1 { uit.append(.tekst(" (\(aantal)×)")) }
        }
        return uit
    }
}
