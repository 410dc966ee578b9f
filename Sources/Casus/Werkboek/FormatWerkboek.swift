/// A read tijdlijn-format as a workbook to write (`casus converteer … --uit F.xlsx`):
/// the template's sheets with this format's values, dates as their original text.
public enum FormatWerkboek {
    public static func ontwerp(_ f: TijdlijnFormat) -> WerkboekOntwerp {
        let i = f.ingediendDoor
        let rijen: [String: [[String?]]] = [
            "Format": [[TijdlijnFormat.versie, f.casus, i.rol, i.organisatie, i.naam, i.datum?.tekst]],
            "Gezinsleden": f.gezinsleden.map { g in
                [g.id, g.rol.rawValue, g.naam, g.geboren?.tekst, g.eigenheid, g.blijVan, g.mechanisme]
            },
            "Netwerk": f.netwerk.map { n in [n.id, n.rol, n.naam, n.invloed.rawValue, n.toelichting] },
            "Gebeurtenissen": f.gebeurtenissen.map { g in
                [g.datum.tekst, g.wat, g.soort.rawValue, lijst(g.betrokkenen), g.dynamiek, g.effectProfessionals,
                 g.volgendeStap, g.veiligheid.rawValue, g.bron]
            },
            "Interventies": f.interventies.map { v in
                [v.naam, v.aanbieder, v.soort.rawValue, v.start.tekst, v.einde?.tekst, lijst(v.gerichtOp),
                 v.afloop?.rawValue, v.overdracht?.rawValue, v.resultaat]
            },
            "Kader": f.kader.map { k in
                [k.datum.tekst, k.van.rawValue, k.naar.rawValue, k.maatregel?.rawValue, k.reden?.rawValue, k.toelichting]
            },
            "Regie": f.regie.map { r in
                [r.vanaf.tekst, r.tot?.tekst, r.wie, r.organisatie, r.gemeente, r.overdracht?.rawValue]
            },
        ]
        var ontwerp = FormatIndeling.sjabloon
        for index in ontwerp.bladen.indices where ontwerp.bladen[index].tekstRegels == nil {
            ontwerp.bladen[index].voorbeeld = nil
            ontwerp.bladen[index].rijen = (rijen[ontwerp.bladen[index].naam] ?? []).map { $0.map { $0 ?? "" } }
        }
        return ontwerp
    }

    /// Ids in one cell, as the reader splits them again.
    static func lijst(_ waarden: [String]) -> String? {
        waarden.isEmpty ? nil : waarden.joined(separator: ", ")
    }
}
