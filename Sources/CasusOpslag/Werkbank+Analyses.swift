import Casus

/// One row of the `bewaarde_analyse` table as stored: the keys it was computed with, and the
/// JSON texts (decoded by `WerkbankAnalyse`, outside the database's lock).
public struct BewaardeAnalyseRij: Sendable, Hashable {
    public var sleutel: String
    public var tijdlijnSleutel: String
    public var tijdlijn: String
    /// nil when only the timeline was read.
    public var rest: String?
}

extension Werkbank {
    /// The key as it stands now and the stored row, in one consistent read. With
    /// `alleenTijdlijn` the rest is not read (a write only checks its items).
    public func bewaardeAnalyse(casus: String, instellingen: PatroonInstellingen,
                                alleenTijdlijn: Bool) throws(WerkbankFout) -> (AnalyseSleutel, BewaardeAnalyseRij?) {
        try lees { db in
            let sleutel = try AnalyseSleutel.lees(casus: casus, instellingen: instellingen, db)
            let kolommen = alleenTijdlijn ? "sleutel, tijdlijn_sleutel, tijdlijn" : "sleutel, tijdlijn_sleutel, tijdlijn, rest"
            let rij = try db.rij(sql: "SELECT \(kolommen) FROM bewaarde_analyse WHERE casus = ?", arguments: [casus]).map {
                BewaardeAnalyseRij(sleutel: $0["sleutel"], tijdlijnSleutel: $0["tijdlijn_sleutel"],
                                   tijdlijn: $0["tijdlijn"], rest: $0["rest"] as String?)
            }
            return (sleutel, rij)
        }
    }

    /// Stores (or replaces) the analysis of `casus`. Derived data: not in the audit log.
    /// A casus removed meanwhile stores nothing.
    public func bewaarAnalyse(casus: String, _ rij: BewaardeAnalyseRij) throws(WerkbankFout) {
        try schrijf { db in
            try db.execute(sql: """
                INSERT INTO bewaarde_analyse (casus, sleutel, tijdlijn_sleutel, tijdlijn, rest)
                SELECT id, ?, ?, ?, ? FROM casus WHERE id = ?
                ON CONFLICT (casus) DO UPDATE SET sleutel = excluded.sleutel,
                    tijdlijn_sleutel = excluded.tijdlijn_sleutel, tijdlijn = excluded.tijdlijn, rest = excluded.rest
                """, arguments: [rij.sleutel, rij.tijdlijnSleutel, rij.tijdlijn, rij.rest ?? "{}", casus])
        }
    }
}
