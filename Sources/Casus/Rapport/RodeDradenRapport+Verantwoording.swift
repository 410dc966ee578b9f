extension RodeDradenRapport {
    /// Where every number comes from: per count the casussen and items behind it,
    /// then per casus the items with their description, date, kader and notes.
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
        blokken += perCasus(r)
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

    private static func perCasus(_ r: RodeDraden) -> [RapportDocument.Blok] {
        var blokken: [RapportDocument.Blok] = [.kop(niveau: 3, tekst: "Per casus", anker: "per-casus")]
        var patronenPerCasus: [String: [String]] = [:]
        for p in r.patronen {
            for casus in p.casussen { patronenPerCasus[casus, default: []].append(p.titel) }
        }
        var itemsPerCasus: [String: [ItemBeschrijving]] = [:]
        for item in r.items { itemsPerCasus[item.casus, default: []].append(item) }

        for casus in r.casussen {
            blokken.append(.kop(niveau: 4, tekst: "Casus \(casus)", anker: RapportAnkers.casus(casus)))
            let patronen = patronenPerCasus[casus] ?? []
            blokken.append(.alinea([.tekst("Patronen: "
                + (patronen.isEmpty ? "geen." : patronen.joined(separator: ", ") + "."))]))
            for item in itemsPerCasus[casus] ?? [] {
                var regel: [RapportDocument.Fragment] = [
                    .anker(RapportAnkers.item(casus, item.item)), .vet(item.item),
                    .tekst(" (" + [RapportTeksten.itemSoort(item.soort), item.datum,
                                   item.kader.map { "\($0.rawValue) kader" }]
                        .compactMap { $0 }.joined(separator: ", ") + "): " + item.omschrijving),
                ]
                if item.smiley + item.sadney > 0 {
                    regel.append(.tekst(" — \(RapportTeksten.aantal(item.smiley, .smiley)), "
                        + RapportTeksten.aantal(item.sadney, .sadney)))
                }
                blokken.append(.alinea(regel))
                blokken += item.toelichtingen.map { citaat($0) }
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

    private static func casusLink(_ casus: String) -> RapportDocument.Fragment {
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
