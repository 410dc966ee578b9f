import GRDB
import Casus

/// Step 3: the facilitator's pick of what the wall shows, one per item and
/// field; `casus kies` again on the same field changes it. Whether the pick
/// fits the merged casus, and how the merge applies it, is the merge's part.
extension Werkbank {
    /// Returns the previous pick for this field, if there was one.
    @discardableResult
    public func kies(casus: String, _ ruw: Keuze, door: String) throws(WerkbankFout) -> Keuze? {
        let k = ruw.schoon
        guard !k.item.isEmpty, !k.veld.isEmpty, (k.bron == nil) != (k.tekst == nil) else {
            throw WerkbankFout.ongeldig("een keuze noemt een item, een veld en óf een bron (--bron) óf een eigen tekst (--tekst)")
        }
        return try schrijf { db in
            try Self.bestaat(casus: casus, db)
            let oud = try Self.keuzes(casus: casus, db).first { $0.item == k.item && $0.veld == k.veld }
            try db.execute(sql: """
                INSERT INTO keuze (casus, item, veld, bron, tekst, door, op) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (casus, item, veld) DO UPDATE SET bron = excluded.bron, tekst = excluded.tekst,
                    door = excluded.door, op = excluded.op
                """, arguments: [casus, k.item, k.veld, k.bron, k.tekst, door, nu()])
            try log(db, .kies, casus: casus, wie: door,
                    Self.beschrijf(k) + (oud.map { " (was \(Self.beschrijfWaarde($0)))" } ?? ""))
            return oud
        }
    }

    public func verwijderKeuze(casus: String, item: String, veld: String, door: String) throws(WerkbankFout) {
        try schrijf { db in
            try Self.bestaat(casus: casus, db)
            guard let oud = try Self.keuzes(casus: casus, db).first(where: { $0.item == item && $0.veld == veld }) else {
                throw WerkbankFout.ongeldig("er is geen keuze voor veld \(veld) van \(item) in casus '\(casus)'")
            }
            try db.execute(sql: "DELETE FROM keuze WHERE casus = ? AND item = ? AND veld = ?",
                           arguments: [casus, item, veld])
            try log(db, .verwijderKeuze, casus: casus, wie: door, Self.beschrijf(oud))
        }
    }

    static func keuzes(casus: String, _ db: Database) throws -> [Keuze] {
        try Row.fetchAll(db, sql: "SELECT * FROM keuze WHERE casus = ? ORDER BY id", arguments: [casus]).map {
            Keuze(item: $0["item"], veld: $0["veld"], bron: $0["bron"], tekst: $0["tekst"])
        }
    }

    static func beschrijf(_ k: Keuze) -> String { "\(k.veld) van \(k.item): \(beschrijfWaarde(k))" }

    static func beschrijfWaarde(_ k: Keuze) -> String {
        k.bron.map { "de waarde van bron \($0)" } ?? "\"\(k.tekst ?? "")\""
    }
}
