import Casus
import Foundation

/// One row of `bewaarde_bijdrage` as stored: the key it was computed with and its
/// compact binary form (`CompactEncoder`).
public struct BewaardeBijdrageRij: Sendable, Hashable {
    public var sleutel: String
    public var inhoud: Data
}

extension Werkbank {
    /// The key as it stands now and the stored contribution for `variant`, in one read.
    public func bewaardeBijdrage(casus: String, variant: String) throws(WerkbankFout) -> (AnalyseSleutel, BewaardeBijdrageRij?) {
        try lees { db in
            let sleutel = try AnalyseSleutel.lees(casus: casus, instellingen: .standaard, db)
            let rij = try db.rij(sql: "SELECT sleutel, inhoud FROM bewaarde_bijdrage WHERE casus = ? AND variant = ?",
                                 arguments: [casus, variant]).map {
                BewaardeBijdrageRij(sleutel: $0["sleutel"], inhoud: $0["inhoud"] ?? Data())
            }
            return (sleutel, rij)
        }
    }

    /// As `bewaardeBijdrage`, for many casussen in one read (rode-draden reads a block at a time).
    public func bewaardeBijdragen(casussen: [String], variant: String) throws(WerkbankFout) -> [String: (AnalyseSleutel, BewaardeBijdrageRij?)] {
        try lees { db in
            let sleutels = try AnalyseSleutel.lees(casussen: casussen, instellingen: .standaard, db)
            let plekken = casussen.map { _ in "?" }.joined(separator: ", ")
            var rijen: [String: BewaardeBijdrageRij] = [:]
            for rij in try db.rijen(sql: """
                SELECT casus, sleutel, inhoud FROM bewaarde_bijdrage WHERE variant = ? AND casus IN (\(plekken))
                """, arguments: ([variant] + casussen).map { $0 as any SQLArgument }) {
                rijen[rij["casus"]] = BewaardeBijdrageRij(sleutel: rij["sleutel"], inhoud: rij["inhoud"] ?? Data())
            }
            var uit: [String: (AnalyseSleutel, BewaardeBijdrageRij?)] = [:]
            for (casus, sleutel) in sleutels { uit[casus] = (sleutel, rijen[casus]) }
            return uit
        }
    }

    /// Stores (or replaces) a contribution. Derived data: not in the audit log. A casus
    /// removed meanwhile stores nothing.
    public func bewaarBijdrage(casus: String, variant: String, _ rij: BewaardeBijdrageRij) throws(WerkbankFout) {
        try schrijf { db in
            try db.execute(sql: """
                INSERT INTO bewaarde_bijdrage (casus, variant, sleutel, inhoud)
                SELECT id, ?, ?, ? FROM casus WHERE id = ?
                ON CONFLICT (casus, variant) DO UPDATE SET sleutel = excluded.sleutel, inhoud = excluded.inhoud
                """, arguments: [variant, rij.sleutel, rij.inhoud, casus])
        }
    }
}
