import GRDB
import Casus

/// An agreement as the workbench keeps it: numbered, so it can be changed
/// (`--status gedaan`) or taken back.
public struct OpgeslagenAfspraak: Sendable, Hashable {
    public var nummer: Int64
    public var afspraak: Afspraak
}

extension Werkbank {
    /// Records an agreement made in the session.
    @discardableResult
    public func legAfspraakVast(casus: String, _ ruw: Afspraak, door: String) throws(WerkbankFout) -> Int64 {
        let afspraak = ruw.schoon
        guard !afspraak.wat.isEmpty else { throw WerkbankFout.ongeldig("een afspraak mag niet leeg zijn") }
        return try schrijf { db in
            try Self.bestaat(casus: casus, db)
            let nummer = try voegAfspraakToe(afspraak, casus: casus, door: door, db)
            try log(db, .afspraak, casus: casus, wie: door, "#\(nummer) \(Self.beschrijf(afspraak))")
            return nummer
        }
    }

    /// Replaces agreement `nummer` with `nieuw` (the caller merges what stays).
    public func wijzigAfspraak(casus: String, nummer: Int64, _ ruw: Afspraak, door: String) throws(WerkbankFout) {
        let nieuw = ruw.schoon
        guard !nieuw.wat.isEmpty else { throw WerkbankFout.ongeldig("een afspraak mag niet leeg zijn") }
        try schrijf { db in
            let oud = try Self.afspraak(casus: casus, nummer: nummer, db)
            try db.execute(sql: "UPDATE afspraak SET tekst = ?, wie = ?, wanneer = ?, items = ?, status = ? WHERE id = ?",
                           arguments: [nieuw.wat, nieuw.wie, nieuw.wanneer?.tekst, JSONLijst.tekst(nieuw.items),
                                       nieuw.status?.rawValue, nummer])
            try log(db, .wijzigAfspraak, casus: casus, wie: door,
                    "#\(nummer) \(Self.beschrijf(nieuw)) (was \(Self.beschrijf(oud)))")
        }
    }

    public func verwijderAfspraak(casus: String, nummer: Int64, door: String) throws(WerkbankFout) {
        try schrijf { db in
            let oud = try Self.afspraak(casus: casus, nummer: nummer, db)
            try db.execute(sql: "DELETE FROM afspraak WHERE id = ?", arguments: [nummer])
            try log(db, .verwijderAfspraak, casus: casus, wie: door, "#\(nummer) \(Self.beschrijf(oud))")
        }
    }

    public func afspraken(casus: String) throws(WerkbankFout) -> [OpgeslagenAfspraak] {
        try lees { db in
            try Self.bestaat(casus: casus, db)
            return try Self.afspraken(casus: casus, db)
        }
    }

    func voegAfspraakToe(_ a: Afspraak, casus: String, door: String, _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO afspraak (casus, tekst, wie, wanneer, items, status, door, op) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [casus, a.wat, a.wie, a.wanneer?.tekst, JSONLijst.tekst(a.items), a.status?.rawValue,
                             door, nu()])
        return db.lastInsertedRowID
    }

    static func afspraak(casus: String, nummer: Int64, _ db: Database) throws -> Afspraak {
        try bestaat(casus: casus, db)
        guard let oud = try afspraken(casus: casus, db).first(where: { $0.nummer == nummer }) else {
            throw WerkbankFout.ongeldig("afspraak #\(nummer) bestaat niet in casus '\(casus)'; `casus toon \(casus)` laat de nummers zien")
        }
        return oud.afspraak
    }

    static func afspraken(casus: String, _ db: Database) throws -> [OpgeslagenAfspraak] {
        try Row.fetchAll(db, sql: "SELECT * FROM afspraak WHERE casus = ? ORDER BY id", arguments: [casus]).map {
            let wanneer: String? = $0["wanneer"], status: String? = $0["status"]
            return OpgeslagenAfspraak(nummer: $0["id"], afspraak: Afspraak(
                wat: $0["tekst"], wie: $0["wie"], wanneer: wanneer.flatMap(DatumParser.parse),
                items: JSONLijst.lijst($0["items"]), status: status.flatMap(AfspraakStatus.init(rawValue:))))
        }
    }

    static func beschrijf(_ a: Afspraak) -> String {
        var tekst = a.wat
        let extra = [a.wie.map { "wie: \($0)" }, a.wanneer.map { "wanneer: \($0.tekst)" },
                     a.status.map { "status: \($0.rawValue)" },
                     a.items.isEmpty ? nil : "items: \(a.items.joined(separator: ", "))"].compactMap { $0 }
        if !extra.isEmpty { tekst += " (\(extra.joined(separator: "; ")))" }
        return tekst
    }
}
