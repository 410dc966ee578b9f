/// People are matched by their `id` alone: the format asks every professional
/// to use the same keys (`moeder`, `kind-1`, …), so the id is the agreement.
enum PersoonRegels {
    static func paren(ids: [String], bronnen: [String]) -> [Paar] {
        var perId: [String: [Int]] = [:]
        for (i, id) in ids.enumerated() { perId[Normalisatie.normaal(id), default: []].append(i) }
        var paren: [Paar] = []
        // A group holds one entry per source (rarely more), so all pairs is cheap.
        for groep in perId.values {
            for (x, i) in groep.enumerated() {
                for j in groep[(x + 1)...] where bronnen[i] != bronnen[j] {
                    paren.append(Paar(a: i, b: j, score: 1))
                }
            }
        }
        return paren
    }
}

extension Gezinslid: Samenvoegbaar {
    static var soort: ItemSoort { .gezinslid }

    static func paren(_ invoer: [Invoer<Gezinslid>]) -> [Paar] {
        PersoonRegels.paren(ids: invoer.map(\.inhoud.id), bronnen: invoer.map(\.bron))
    }

    static func samenvatting(_ perBron: [BronInhoud<Gezinslid>], _ k: inout Veldkeuze) -> Gezinslid {
        let id = k.tekst("id", perBron.vaste(\.id)) ?? ""
        let rol = k.woord("rol", perBron.vaste(\.rol)) ?? .overig
        let waarde = Gezinslid(
            id: id, rol: rol,
            naam: k.tekst("naam", perBron.velden(\.naam)),
            geboren: k.datum("geboren", perBron.velden(\.geboren)),
            eigenheid: k.tekst("eigenheid", perBron.velden(\.eigenheid)),
            blijVan: k.tekst("blij_van", perBron.velden(\.blijVan)),
            mechanisme: k.tekst("mechanisme", perBron.velden(\.mechanisme)))
        return waarde
    }

    func basisId(namen: [String: String]) -> String { Normalisatie.slug(id) }
    var plaatsDatum: Datum? { nil }
}

extension Netwerklid: Samenvoegbaar {
    static var soort: ItemSoort { .netwerk }

    static func paren(_ invoer: [Invoer<Netwerklid>]) -> [Paar] {
        PersoonRegels.paren(ids: invoer.map(\.inhoud.id), bronnen: invoer.map(\.bron))
    }

    static func samenvatting(_ perBron: [BronInhoud<Netwerklid>], _ k: inout Veldkeuze) -> Netwerklid {
        let waarde = Netwerklid(
            id: k.tekst("id", perBron.vaste(\.id)) ?? "",
            rol: k.feit("rol", perBron.vaste(\.rol)) ?? "",
            naam: k.tekst("naam", perBron.velden(\.naam)),
            invloed: k.woord("invloed", perBron.vaste(\.invloed), onbekend: .onbekend) ?? .onbekend,
            toelichting: k.tekst("toelichting", perBron.velden(\.toelichting)))
        return waarde
    }

    func basisId(namen: [String: String]) -> String { Normalisatie.slug(id) }
    var plaatsDatum: Datum? { nil }
}
