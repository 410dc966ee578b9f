import Foundation
import Casus

/// One named step of the schema, written in both dialects. Append-only: a
/// released migration is never edited or removed; a change is a new
/// migration at the end of `alle`, with the same name in both dialects.
struct Migratie: Sendable {
    let naam: String
    /// SQLite: one script.
    let sql: String
    /// PostgreSQL: one statement per element (the extended protocol takes one at a time).
    let postgres: [String]
}

/// Brings a workbench to this binary's schema inside the caller's write
/// transaction, so two processes opening a new workbench at once cannot both
/// migrate. (GRDB's DatabaseMigrator reads the applied migrations outside its
/// per-migration transactions, which races between processes.)
enum Migraties {
    static let alle: [Migratie] = [
        Migratie(naam: "001-basis", sql: SchemaV1.sql, postgres: SchemaV1Postgres.sql),
        Migratie(naam: "002-sessiegegevens", sql: SchemaV2.sql, postgres: SchemaV2Postgres.sql),
        Migratie(naam: "003-stickercodes", sql: SchemaStickercodes.sql, postgres: SchemaStickercodes.postgres),
        Migratie(naam: "004-hele-sessie", sql: SchemaHeleSessie.sql, postgres: SchemaHeleSessie.postgres),
        Migratie(naam: "005-websessie", sql: SchemaWebSessie.sql, postgres: SchemaWebSessie.postgres),
        Migratie(naam: "006-werkboeken", sql: SchemaWerkboeken.sql, postgres: SchemaWerkboeken.postgres),
        Migratie(naam: "007-analyses", sql: SchemaAnalyses.sql, postgres: SchemaAnalyses.postgres),
        Migratie(naam: "008-bijdragen", sql: SchemaBijdragen.sql, postgres: SchemaBijdragen.postgres),
        Migratie(naam: "009-indexen", sql: SchemaIndexen.sql, postgres: SchemaIndexen.postgres),
        Migratie(naam: "010-bijdragen-binair", sql: SchemaBijdragenBinair.sql, postgres: SchemaBijdragenBinair.postgres),
    ]

    enum Dialect { case sqlite, postgres }

    /// Where the applied migrations are listed; made by the engine when missing.
    static let tabel = """
        CREATE TABLE casus_migratie (
            naam TEXT PRIMARY KEY NOT NULL,
            toegepast_op TEXT NOT NULL)
        """

    /// `migraties` is what this binary knows; tests pass a prefix to play an older binary.
    static func pasToe(_ db: any SQLVerbinding, dialect: Dialect, pad: String, migraties: [Migratie]) throws {
        let toegepast = Set(try db.teksten(sql: "SELECT naam FROM casus_migratie"))
        let onbekend = toegepast.subtracting(migraties.map(\.naam)).sorted()
        guard onbekend.isEmpty else { throw WerkbankFout.nieuwereVersie(pad: pad, onbekend: onbekend) }
        for migratie in migraties where !toegepast.contains(migratie.naam) {
            switch dialect {
            case .sqlite: try db.execute(sql: migratie.sql)
            case .postgres: for opdracht in migratie.postgres { try db.execute(sql: opdracht) }
            }
            try db.execute(sql: "INSERT INTO casus_migratie (naam, toegepast_op) VALUES (?, ?)",
                           arguments: [migratie.naam, Tijdstempel.tekst(Date())])
        }
    }
}
