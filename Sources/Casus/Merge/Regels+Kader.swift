/// Kader transitions are one when they go the same direction (the same `naar`:
/// opschaling or afschaling; `van` may differ, e.g. an OTS after a raadsonderzoek
/// is written as vrijwillig → gedwongen by one and gedwongen → gedwongen by another),
/// their `maatregel` is equal or missing in one of them, and their dates lie at
/// most `Drempels.kaderDagen` days apart.
extension KaderOvergang: Samenvoegbaar {
    static var soort: ItemSoort { .kader }

    static func paren(_ invoer: [Invoer<KaderOvergang>]) -> [Paar] {
        var paren: [Paar] = []
        Groepering.perSleutel(
            invoer, sleutel: { $0.naar.rawValue },
            interval: { $0.datum.dagen }, marge: Drempels.kaderDagen
        ) { i, j in
            let a = invoer[i].inhoud, b = invoer[j].inhoud
            guard a.maatregel == nil || b.maatregel == nil || a.maatregel == b.maatregel else { return }
            let gat = max(0, Groepering.gat(a.datum.dagen, b.datum.dagen))
            paren.append(Paar(a: i, b: j, score: 1000 - gat + (a.maatregel == b.maatregel ? 100 : 0)))
        }
        return paren
    }

    static func samenvatting(_ perBron: [BronInhoud<KaderOvergang>], _ k: inout Veldkeuze) -> KaderOvergang {
        k.eersteHandBronnen = Set(perBron.map(\.bron).filter(k.kennis.voertMaatregelUit))
        let eerste = perBron[0].inhoud
        let waarde = KaderOvergang(
            datum: k.datum("datum", perBron.vaste(\.datum)) ?? eerste.datum,
            van: k.woord("van", perBron.vaste(\.van)) ?? eerste.van,
            naar: k.woord("naar", perBron.vaste(\.naar)) ?? eerste.naar,
            maatregel: k.woord("maatregel", perBron.velden(\.maatregel)),
            reden: k.woord("reden", perBron.velden(\.reden), onbekend: .onbekend),
            toelichting: k.tekst("toelichting", perBron.velden(\.toelichting)))
        return waarde
    }

    func basisId(namen: [String: String]) -> String {
        "kader-\(maatregel?.rawValue ?? (isOpschaling ? "opschaling" : "afschaling"))-\(datum.van.jaar)"
    }

    var plaatsDatum: Datum? { datum }
}
