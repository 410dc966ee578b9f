/// Interventies are one when normalised `naam` and `aanbieder` are equal (case,
/// diacritics, spacing and punctuation do not count) and their `start` dates lie
/// at most `Drempels.interventieStartDagen` days apart. Closer starts join first.
extension Interventie: Samenvoegbaar {
    static var soort: ItemSoort { .interventie }

    static func paren(_ invoer: [Invoer<Interventie>]) -> [Paar] {
        var paren: [Paar] = []
        Groepering.perSleutel(
            invoer, sleutel: { Normalisatie.normaal($0.naam) + "|" + Normalisatie.normaal($0.aanbieder) },
            interval: { $0.start.dagen }, marge: Drempels.interventieStartDagen
        ) { i, j in
            let gat = max(0, Groepering.gat(invoer[i].inhoud.start.dagen, invoer[j].inhoud.start.dagen))
            paren.append(Paar(a: i, b: j, score: 1000 - gat))
        }
        return paren
    }

    static func samenvatting(_ perBron: [BronInhoud<Interventie>], _ k: inout Veldkeuze) -> Interventie {
        k.eersteHandBronnen = Set(perBron.filter { k.kennis.vanOrganisatie($0.bron, $0.inhoud.aanbieder) }.map(\.bron))
        let eerste = perBron[0].inhoud
        let waarde = Interventie(
            naam: k.tekst("naam", perBron.vaste(\.naam)) ?? eerste.naam,
            aanbieder: k.tekst("aanbieder", perBron.vaste(\.aanbieder)) ?? eerste.aanbieder,
            soort: k.woord("soort", perBron.vaste(\.soort)) ?? eerste.soort,
            start: k.datum("start", perBron.vaste(\.start)) ?? eerste.start,
            einde: k.datum("einde", perBron.velden(\.einde)),
            gerichtOp: Veldkeuze.vereniging(perBron.map(\.inhoud.gerichtOp)),
            afloop: k.woord("afloop", perBron.velden(\.afloop), onbekend: .onbekend),
            overdracht: k.woord("overdracht", perBron.velden(\.overdracht)),
            resultaat: k.tekst("resultaat", perBron.velden(\.resultaat)))
        return waarde
    }

    func basisId(namen: [String: String]) -> String {
        "interventie-\(Normalisatie.slug(naam, vervang: namen))-\(start.van.jaar)"
    }
    var plaatsDatum: Datum? { start }
}
