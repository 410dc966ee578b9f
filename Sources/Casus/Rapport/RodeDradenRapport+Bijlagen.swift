/// An appendix per casus: the casus at a glance (sources and family by role, the
/// session, its figures), its patterns, how it fared against the eight
/// principles, its agreements, and every moment a number in the report refers
/// to. Built from the already pseudonymised counts: no name can come in here.
extension RodeDradenRapport {
    static func bijlagen(_ r: RodeDraden) -> [RapportDocument.Blok] {
        var blokken: [RapportDocument.Blok] = [
            .kop(niveau: 2, tekst: "Bijlagen: de casussen", anker: "bijlagen"),
            .alinea([.tekst("Per casus wat de analyse liet zien. Professionals en gezinsleden staan er met hun rol, "
                + "nooit met hun naam.")]),
        ]
        var patronenPerCasus: [String: [String]] = [:]
        for p in r.patronen {
            for casus in p.casussen { patronenPerCasus[casus, default: []].append(p.titel) }
        }
        var itemsPerCasus: [String: [ItemBeschrijving]] = [:]
        for item in r.items { itemsPerCasus[item.casus, default: []].append(item) }
        let overzichten = Dictionary(r.perCasus.map { ($0.casus, $0) }, uniquingKeysWith: { a, _ in a })

        for casus in r.casussen {
            blokken.append(.kop(niveau: 3, tekst: "Bijlage: casus \(casus)", anker: RapportAnkers.casus(casus)))
            if let o = overzichten[casus] { blokken.append(gegevens(o)) }
            let patronen = patronenPerCasus[casus] ?? []
            blokken.append(.alinea([.vet("Patronen: "),
                                    .tekst(patronen.isEmpty ? "geen." : patronen.joined(separator: ", ") + ".")]))
            blokken += visie(casus, r.sessies)
            blokken += afspraken(casus, r.sessies)
            let items = itemsPerCasus[casus] ?? []
            if !items.isEmpty {
                blokken.append(.kop(niveau: 4, tekst: "Momenten waar het rapport naar verwijst", anker: nil))
                for item in items { blokken += moment(casus, item) }
            }
        }
        return blokken
    }

    private static func gegevens(_ o: CasusOverzicht) -> RapportDocument.Blok {
        func rij(_ label: String, _ waarde: String) -> [[RapportDocument.Fragment]] { [[.tekst(label)], [.tekst(waarde)]] }
        return .tabel(koppen: ["Onderdeel", "In deze casus"], rijen: [
            rij("Formats van", o.bronnen.isEmpty ? "—" : o.bronnen.joined(separator: ", ")),
            rij("Gezin", o.gezin.isEmpty ? "—" : o.gezin.joined(separator: ", ")),
            rij("Sessie", o.sessieDatum.map { "\($0), \(o.deelnemers) deelnemers" }
                ?? (o.deelnemers > 0 ? "\(o.deelnemers) deelnemers" : "niet vastgelegd")),
            rij("Interventies", "\(o.interventies) bij \(o.aanbieders) aanbieder\(o.aanbieders == 1 ? "" : "s")"),
            rij("Regiewisselingen", String(o.regiewisselingen)),
            rij("Kaderovergangen", String(o.kaderovergangen)),
            rij("Dagen in hulp", String(o.dagenInHulp)),
            rij("Smileys en sadneys", "\(RapportTeksten.aantal(o.smiley, .smiley)), \(RapportTeksten.aantal(o.sadney, .sadney))"),
        ], rechts: [])
    }

    private static func visie(_ casus: String, _ s: SessieTotalen?) -> [RapportDocument.Blok] {
        let regels: [[RapportDocument.Fragment]] = (s?.visie ?? []).compactMap { p in
            let oordeel = p.wel.contains(casus) ? "wel" : p.deels.contains(casus) ? "deels"
                : p.niet.contains(casus) ? "niet" : nil
            return oordeel.map { [.tekst("\(p.principe). \(p.kort): "), .vet($0)] }
        }
        return regels.isEmpty ? [] : [.alinea([.vet("Visie getoetst:")]), .lijst(regels)]
    }

    private static func afspraken(_ casus: String, _ s: SessieTotalen?) -> [RapportDocument.Blok] {
        let eigen = (s?.afspraken ?? []).filter { $0.casus == casus }
        guard !eigen.isEmpty else { return [] }
        return [.alinea([.vet("Afspraken:")]), .lijst(eigen.map { a in
            [.tekst(a.wat + " (" + [a.wie, a.wanneer, a.status].compactMap { $0 }.joined(separator: ", ") + ")")]
        })]
    }

    private static func moment(_ casus: String, _ item: ItemBeschrijving) -> [RapportDocument.Blok] {
        var regel: [RapportDocument.Fragment] = [
            .anker(RapportAnkers.item(casus, item.item)), .vet(item.item),
            .tekst(" (" + [RapportTeksten.itemSoort(item.soort), item.datum, item.kader.map { "\($0.rawValue) kader" }]
                .compactMap { $0 }.joined(separator: ", ") + "): " + item.omschrijving),
        ]
        if item.smiley + item.sadney > 0 {
            regel.append(.tekst(" — \(RapportTeksten.aantal(item.smiley, .smiley)), "
                + RapportTeksten.aantal(item.sadney, .sadney)))
        }
        return [.alinea(regel)] + item.toelichtingen.map { citaat($0) }
    }
}
