import GRDB
import Casus

/// One named step of the schema. Append-only: a released migration is never
/// edited or removed; a change is a new migration at the end of `alle`.
struct Migratie: Sendable {
    let naam: String
    let sql: String
}

/// Brings a workbench to this binary's schema, inside the caller's immediate
/// transaction, so two processes opening a new workbench at once cannot both
/// migrate. (GRDB's DatabaseMigrator reads the applied migrations outside its
/// per-migration transactions, which races between processes.)
enum Migraties {
    static let alle: [Migratie] = [
        Migratie(naam: "001-basis", sql: SchemaV1.sql),
        Migratie(naam: "002-sessiegegevens", sql: SchemaV2.sql),
        Migratie(naam: "003-stickercodes", sql: SchemaStickercodes.sql),
        Migratie(naam: "004-hele-sessie", sql: SchemaHeleSessie.sql),
        Migratie(naam: "005-werkboeken", sql: SchemaWerkboeken.sql),
    ]

    /// `migraties` is what this binary knows; tests pass a prefix to play an older binary.
    static func breng(_ db: Database, pad: String, migraties: [Migratie] = alle) throws {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tabellen = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if appID != Werkbank.applicationID {
            guard appID == 0 && tabellen == 0 else { throw WerkbankFout.geenCasusWerkbank(pad: pad) }
            try db.execute(sql: "PRAGMA application_id = \(Werkbank.applicationID)")
        }
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS casus_migratie (
                naam TEXT PRIMARY KEY NOT NULL,
                toegepast_op TEXT NOT NULL)
            """)
        let toegepast = Set(try String.fetchAll(db, sql: "SELECT naam FROM casus_migratie"))
        let bekend = Set(migraties.map(\.naam))
        let onbekend = toegepast.subtracting(bekend).sorted()
        guard onbekend.isEmpty else { throw WerkbankFout.nieuwereVersie(pad: pad, onbekend: onbekend) }
        for migratie in migraties where !toegepast.contains(migratie.naam) {
            try db.execute(sql: migratie.sql)
            try db.execute(sql: "INSERT INTO casus_migratie (naam, toegepast_op) VALUES (?, datetime('now'))",
                           arguments: [migratie.naam])
        }
        try db.execute(sql: "PRAGMA user_version = \(migraties.count)")
    }
}
