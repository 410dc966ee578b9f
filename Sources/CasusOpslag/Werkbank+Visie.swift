import GRDB
import Casus

/// Step 4, visie toetsen: at most one judgement per principle; `casus visie`
/// again on a principle changes it (its place in the list stays).
extension Werkbank {
    /// Returns the previous judgement on this principle, if there was one.
    @discardableResult
    public func zetOordeel(casus: String, _ ruw: VisieOordeel, door: String) throws(WerkbankFout) -> VisieOordeel? {
        let v = ruw.schoon
        guard Principe.nummers.contains(v.principe) else {
            throw WerkbankFout.ongeldig("principe \(v.principe) bestaat niet; kies 1 tot en met 8 (zie `casus principes`)")
        }
        return try schrijf { db in
            try Self.bestaat(casus: casus, db)
            let oud = try Self.visie(casus: casus, db).first { $0.principe == v.principe }
            try db.execute(sql: """
                INSERT INTO visie (casus, principe, oordeel, toelichting, had_kunnen, items, door, op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (casus, principe) DO UPDATE SET oordeel = excluded.oordeel,
                    toelichting = excluded.toelichting, had_kunnen = excluded.had_kunnen, items = excluded.items,
                    door = excluded.door, op = excluded.op
                """, arguments: [casus, v.principe, v.oordeel.rawValue, v.toelichting, v.hadKunnen,
                                 JSONLijst.tekst(v.items), door, nu()])
            try log(db, .visie, casus: casus, wie: door,
                    Self.beschrijf(v) + (oud.map { " (was \($0.oordeel.rawValue))" } ?? ""))
            return oud
        }
    }

    public func verwijderOordeel(casus: String, principe: Int, door: String) throws(WerkbankFout) {
        try schrijf { db in
            try Self.bestaat(casus: casus, db)
            guard let oud = try Self.visie(casus: casus, db).first(where: { $0.principe == principe }) else {
                throw WerkbankFout.ongeldig("principe \(principe) heeft nog geen oordeel in casus '\(casus)'")
            }
            try db.execute(sql: "DELETE FROM visie WHERE casus = ? AND principe = ?", arguments: [casus, principe])
            try log(db, .verwijderVisie, casus: casus, wie: door, Self.beschrijf(oud))
        }
    }

    static func visie(casus: String, _ db: Database) throws -> [VisieOordeel] {
        try Row.fetchAll(db, sql: "SELECT * FROM visie WHERE casus = ? ORDER BY id", arguments: [casus]).compactMap {
            guard let oordeel = Oordeel(rawValue: $0["oordeel"]) else { return nil }
            return VisieOordeel(principe: $0["principe"], oordeel: oordeel, toelichting: $0["toelichting"],
                                hadKunnen: $0["had_kunnen"], items: JSONLijst.lijst($0["items"]))
        }
    }

    static func beschrijf(_ v: VisieOordeel) -> String {
        let kort = Principe.nummer(v.principe)?.kort ?? "?"
        var tekst = "principe \(v.principe) (\(kort)): \(v.oordeel.rawValue)"
        if let toelichting = v.toelichting { tekst += " — \(toelichting)" }
        if let hadKunnen = v.hadKunnen { tekst += " — had kunnen: \(hadKunnen)" }
        return tekst
    }
}
