import Casus
import CasusOpslag
import Foundation

/// Steps 2 and 4 and the closing as the pages show them (`GET /api/sessie` and
/// the `sessie` event): the additions to the family cards, the eight principles,
/// the agreements and the evaluation. Without names unless `volledig`
/// (`Sessie.weergave`, the same as the session report uses).
struct SessieStand: Encodable {
    struct Aanvulling: Encodable {
        var gezinslid: String
        var eigenheid: String?
        var blijVan: String?
        var mechanisme: String?
        var door: String?
        enum CodingKeys: String, CodingKey { case gezinslid, eigenheid, mechanisme, door, blijVan = "blij_van" }
    }
    struct Oordeel: Encodable {
        var principe: Int
        var kort: String
        var tekst: String
        /// nil: not discussed yet.
        var oordeel: String?
        var toelichting: String?
        var hadKunnen: String?
        enum CodingKeys: String, CodingKey { case principe, kort, tekst, oordeel, toelichting, hadKunnen = "had_kunnen" }
    }
    struct Afspraak: Encodable {
        var nummer: Int64
        var wat: String
        var wie: String?
        var wanneer: String?
        var status: String
    }
    struct Stem: Encodable {
        var door: String
        var tekst: String
    }
    /// Who can be named as `door`: participant ids with how this screen shows them.
    struct Wie: Encodable {
        var id: String
        var label: String
    }

    var gezinsleden: [Aanvulling]
    var visie: [Oordeel]
    var afspraken: [Afspraak]
    var evaluatie: [Stem]
    var deelnemers: [Wie]

    /// `tijdlijn` with its names: pseudonymising needs to know them.
    init(_ sessie: Sessie, nummers: [Int64], tijdlijn: Tijdlijn, volledig: Bool) {
        let s = sessie.weergave(tijdlijn: tijdlijn, pseudoniem: !volledig)
        gezinsleden = s.gezinsleden.map {
            Aanvulling(gezinslid: $0.id, eigenheid: $0.eigenheid, blijVan: $0.blijVan, mechanisme: $0.mechanisme, door: $0.door)
        }
        visie = Principe.alle.map { p in
            let v = s.visie.first { $0.principe == p.nummer }
            return Oordeel(principe: p.nummer, kort: p.kort, tekst: p.tekst, oordeel: v?.oordeel.rawValue,
                           toelichting: v?.toelichting, hadKunnen: v?.hadKunnen)
        }
        afspraken = zip(nummers, s.afspraken).map { n, a in
            Afspraak(nummer: n, wat: a.wat, wie: a.wie, wanneer: a.wanneer?.tekst, status: (a.status ?? .open).rawValue)
        }
        evaluatie = s.evaluatie.map { Stem(door: $0.door, tekst: $0.tekst) }
        deelnemers = zip(sessie.deelnemers, s.deelnemers).compactMap { ruw, getoond in
            ruw.id.map { Wie(id: $0, label: getoond.rol) }
        }
    }

    /// One line of JSON (an event's data may not hold a newline).
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
