extension RodeDradenRapport {
    /// Time in help, gaps, court-ordered days and the children's ages across
    /// casussen: median and range per figure (docs/statistiek.md).
    static func statistiek(_ r: RodeDraden, grafiek: Tekening?) -> [RapportDocument.Blok] {
        let o = r.statistiek
        guard !o.figuren.isEmpty else { return [] }
        var blokken: [RapportDocument.Blok] = [
            .kop(niveau: 2, tekst: "Tijd in hulp, gaten en leeftijden", anker: "statistiek"),
            .alinea([.tekst("Per casus uitgerekend zoals casus statistiek dat doet; hier de mediaan "
                + "(de middelste casus) en de kleinste en grootste waarde. Leeftijden tellen per kind, "
                + "in het midden van wat de vage geboortedatum toelaat.")]),
        ]
        if let grafiek { blokken.append(.grafiek(grafiek, beschrijving: "Mediaan en spreiding per cijfer.")) }
        let rijen: [[[RapportDocument.Fragment]]] = StatistiekOverzicht.figuren.compactMap { sleutel, label in
            guard let s = o.figuren[sleutel] else { return nil }
            return [[.tekst(label)], [.tekst(RapportTeksten.getal(s.mediaan))], [.tekst("\(RapportTeksten.getal(s.min)) – \(RapportTeksten.getal(s.max))")],
                    [.tekst(String(s.aantal))]]
        }
        blokken.append(.tabel(koppen: ["Cijfer", "Mediaan", "Van – tot", "Aantal"], rijen: rijen, rechts: [1, 3]))
        return blokken
    }
}
