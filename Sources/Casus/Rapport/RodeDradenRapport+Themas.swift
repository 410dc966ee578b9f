extension RodeDradenRapport {
    /// How many toelichtingen a theme section quotes; all of them are in the verantwoording.
    static let maxCitatenPerThema = 12

    /// The six themes of the Twente analyses, each with its counts, its patterns and
    /// what participants wrote under it.
    static func themas(_ r: RodeDraden, project: Project? = nil) -> [RapportDocument.Blok] {
        var blokken: [RapportDocument.Blok] = [
            .kop(niveau: 2, tekst: "De zes thema’s", anker: "themas"),
            .alinea([.tekst("Geordend naar de thema’s waarin de Twentse casusanalyses hun rode "
                + "draden beschreven.")]),
        ]
        let n = r.casussen.count
        for thema in Thema.allCases {
            let waarde = thema.rawValue
            blokken.append(.kop(niveau: 3, tekst: RapportTeksten.thema(waarde),
                                anker: RapportAnkers.thema(waarde)))
            blokken.append(.alinea([.tekst(RapportTeksten.themaInleiding(thema))]))
            blokken += conclusie(thema, project: project)
            if let rij = r.annotaties.perThema.first(where: { $0.waarde == waarde }) {
                blokken.append(.alinea([
                    .aantal(rij.smiley, .smiley, RapportAnkers.rijSpoor(ThemaVeld.naam, waarde, .smiley)),
                    .tekst(" en "),
                    .aantal(rij.sadney, .sadney, RapportAnkers.rijSpoor(ThemaVeld.naam, waarde, .sadney)),
                    .tekst(" met dit thema."),
                ]))
            }
            let patronen = r.patronen.filter { $0.thema == thema }
            if !patronen.isEmpty {
                blokken.append(.lijst(patronen.map { p in
                    [.vet(p.titel), .tekst(": in "),
                     .getal(p.aantalCasussen, RapportAnkers.patroonSpoor(p.patroon)),
                     .tekst(" van de \(n) casussen")]
                }))
            }
            blokken += citaten(r, thema: thema)
            blokken += vanNaar(thema, project: project)
        }
        return blokken
    }

    private static func citaten(_ r: RodeDraden, thema: Thema) -> [RapportDocument.Blok] {
        var blokken: [RapportDocument.Blok] = []
        var totaal = 0
        for item in r.items {
            for t in item.toelichtingen where t.thema == thema {
                totaal += 1
                guard totaal <= maxCitatenPerThema else { continue }
                blokken.append(citaat(t, bij: item))
            }
        }
        if totaal > maxCitatenPerThema {
            blokken.append(.alinea([
                .tekst("En nog \(totaal - maxCitatenPerThema) toelichtingen; alle staan in de "),
                .link("verantwoording", anker: RapportAnkers.verantwoording), .tekst("."),
            ]))
        }
        return blokken
    }
}
