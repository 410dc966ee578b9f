/// Regie periods are one when the holder is the same (normalised `wie` and
/// `organisatie`), `gemeente` does not contradict, and the periods overlap or lie
/// at most `Drempels.regieMargeDagen` apart. No `tot` means still holding.
extension Regieperiode: Samenvoegbaar {
    static var soort: ItemSoort { .regie }

    /// Day number standing in for "still holding": far beyond any casus.
    static let open = Dag(9999, 12, 31).dagnummer

    var interval: (van: Int, tot: Int) { (vanaf.van.dagnummer, tot?.tot.dagnummer ?? Self.open) }

    var houder: String { Normalisatie.normaal(wie) + "|" + Normalisatie.normaal(organisatie) }

    static func paren(_ invoer: [Invoer<Regieperiode>]) -> [Paar] {
        var paren: [Paar] = []
        Groepering.perSleutel(invoer, sleutel: \.houder, interval: \.interval,
                              marge: Drempels.regieMargeDagen) { i, j in
            let a = invoer[i].inhoud, b = invoer[j].inhoud
            if let ga = a.gemeente, let gb = b.gemeente,
               Normalisatie.normaal(ga) != Normalisatie.normaal(gb) { return }
            let overlap = -Groepering.gat(a.interval, b.interval)
            paren.append(Paar(a: i, b: j, score: min(overlap, 100_000)))
        }
        return paren
    }

    static func samenvatting(_ perBron: [BronInhoud<Regieperiode>], _ k: inout Veldkeuze) -> Regieperiode {
        k.eersteHandBronnen = Set(perBron.filter { k.kennis.vanOrganisatie($0.bron, $0.inhoud.organisatie) }.map(\.bron))
        let eerste = perBron[0].inhoud
        let waarde = Regieperiode(
            vanaf: k.datum("vanaf", perBron.vaste(\.vanaf)) ?? eerste.vanaf,
            tot: k.datum("tot", perBron.velden(\.tot)),
            wie: k.tekst("wie", perBron.vaste(\.wie)) ?? eerste.wie,
            organisatie: k.tekst("organisatie", perBron.vaste(\.organisatie)) ?? eerste.organisatie,
            gemeente: k.feit("gemeente", perBron.velden(\.gemeente)),
            overdracht: k.woord("overdracht", perBron.velden(\.overdracht), onbekend: .onbekend))
        return waarde
    }

    func basisId(namen: [String: String]) -> String {
        "regie-\(Normalisatie.slug(wie))-\(Normalisatie.slug(organisatie))-\(vanaf.van.jaar)"
    }

    var plaatsDatum: Datum? { vanaf }
}
