import GRDB
import Casus

/// One line of `casus lijst`.
public struct CasusOverzicht: Sendable, Hashable, Codable {
    public var casus: String
    public var bronnen: Int
    public var versies: Int
    public var annotaties: Int
    public var correcties: Int
    /// ISO 8601 UTC of the last logged change, if any.
    public var laatsteWijziging: String?
}

extension Werkbank {
    /// Every casus in the workbench, by id.
    public func casussen() throws(WerkbankFout) -> [CasusOverzicht] {
        try lees { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id,
                  (SELECT count(*) FROM bron WHERE casus = c.id) AS bronnen,
                  (SELECT count(*) FROM format_versie v JOIN bron b ON v.bron = b.id
                     WHERE b.casus = c.id) AS versies,
                  (SELECT count(*) FROM annotatie WHERE casus = c.id) AS annotaties,
                  (SELECT count(*) FROM correctie WHERE casus = c.id) AS correcties,
                  (SELECT max(op) FROM logboek WHERE casus = c.id) AS laatste
                FROM casus c ORDER BY c.id
                """).map { rij in
                CasusOverzicht(casus: rij["id"], bronnen: rij["bronnen"], versies: rij["versies"],
                               annotaties: rij["annotaties"], correcties: rij["correcties"],
                               laatsteWijziging: rij["laatste"])
            }
        }
    }

    public func bevat(casus: String) throws(WerkbankFout) -> Bool {
        try lees { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM casus WHERE id = ?", arguments: [casus]) ?? 0) > 0
        }
    }
}
