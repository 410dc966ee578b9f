/// People are matched by their `id` alone: the format asks every professional
/// to use the same keys (`moeder`, `kind-1`, …), so the id is the agreement.
enum PersoonRegels {
    /// All pairs of one id would be n² for a casus of thousands of formats. Every pair
    /// of an id scores the same, so joining strongest-first in index order puts each
    /// entry in the first group (by index of its first member) that lacks its source.
    /// The pairs made here are exactly those joins: one per entry, linear in n, and
    /// `Groepering` ends with the same groups as it would from all pairs.
    static func paren(ids: [String], bronnen: [String]) -> [Paar] {
        var perId: [String: [Int]] = [:]
        for (i, id) in ids.enumerated() { perId[Normalisatie.normaal(id), default: []].append(i) }
        var paren: [Paar] = []
        for groep in perId.values {
            // Per group being formed: its first entry and the sources in it.
            var groepen: [(eerste: Int, bronnen: Set<String>)] = []
            for i in groep {
                if let k = groepen.firstIndex(where: { !$0.bronnen.contains(bronnen[i]) }) {
                    paren.append(Paar(a: groepen[k].eerste, b: i, score: 1))
                    groepen[k].bronnen.insert(bronnen[i])
                } else {
                    groepen.append((i, [bronnen[i]]))
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

    func basisId(namen: Pseudonimisering) -> String { Normalisatie.slug(id) }
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

    func basisId(namen: Pseudonimisering) -> String { Normalisatie.slug(id) }
    var plaatsDatum: Datum? { nil }
}
