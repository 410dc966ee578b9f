import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag

/// The same named migrations in both dialects make the same schema: the same
/// tables, the same columns in the same order, the same NOT NULLs.
@Suite struct MigratieDialectTests {
    @Test func elkeMigratieHeeftBeideDialecten() {
        #expect(Set(Migraties.alle.map(\.naam)).count == Migraties.alle.count)
        for migratie in Migraties.alle {
            #expect(!migratie.sql.isEmpty, "\(migratie.naam) mist SQLite")
            #expect(!migratie.postgres.isEmpty, "\(migratie.naam) mist PostgreSQL")
        }
    }

    @Test(arguments: Motor.alleenPostgres) func beideDialectenMakenHetzelfdeSchema(motor: Motor) throws {
        let (sqliteOpslag, postgresOpslag) = (try ProefOpslag(.sqlite), try ProefOpslag(.postgres))
        let sqlite = try sqliteOpslag.open()
        let postgres = try postgresOpslag.open()
        let inSQLite = try sqlite.lees { db in
            try db.teksten(sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        let inPostgres = try postgres.lees { db in
            try db.teksten(sql: "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
        }
        #expect(inSQLite == inPostgres)
        #expect(Set(inSQLite) == Set(WerkbankKopie.tabellen + ["casus_migratie"]),
                "een nieuwe tabel hoort in WerkbankKopie.tabellen, anders kopieert `werkbank kopieer` haar niet")
        for tabel in inSQLite {
            let kolommenSQLite = try sqlite.lees { db in
                try db.rijen(sql: "SELECT name, \"notnull\" + pk AS verplicht FROM pragma_table_info(?) ORDER BY cid",
                             arguments: [tabel]).map { "\($0["name"] as String) \(($0["verplicht"] as Int) > 0)" }
            }
            let kolommenPostgres = try postgres.lees { db in
                try db.rijen(sql: """
                    SELECT column_name::text AS name, CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END AS verplicht
                    FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?
                    ORDER BY ordinal_position
                    """, arguments: [tabel]).map { "\($0["name"] as String) \(($0["verplicht"] as Int) > 0)" }
            }
            #expect(kolommenSQLite == kolommenPostgres, "tabel \(tabel)")
        }
    }

    @Test(arguments: Motor.alle) func migratiesWordenBenoemdEenKeerToegepast(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        _ = try opslag.open()
        let wb = try opslag.open(maakAan: false)
        let namen = try wb.lees { try $0.teksten(sql: "SELECT naam FROM casus_migratie ORDER BY naam") }
        #expect(namen == Migraties.alle.map(\.naam))
    }

    @Test(arguments: Motor.alle) func eenWerkbankVanEenNieuwereVersieWordtGeweigerd(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let wb = try opslag.open()
        try wb.schrijf { try $0.execute(sql: "INSERT INTO casus_migratie VALUES ('999-toekomst', 'later')") }
        #expect(throws: WerkbankFout.nieuwereVersie(pad: wb.pad, onbekend: ["999-toekomst"])) {
            try opslag.open(maakAan: false)
        }
    }

    @Test(arguments: Motor.alleenPostgres) func eenOudereWerkbankKrijgtDeNieuweMigraties(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let adres = try #require(try PostgresAdres(tekst: opslag.adres))
        _ = try PostgresMotor.open(adres, maakAan: true, migraties: Array(Migraties.alle.prefix(1)))
        let wb = try opslag.open(maakAan: false)
        let namen = try wb.lees { try $0.teksten(sql: "SELECT naam FROM casus_migratie ORDER BY naam") }
        #expect(namen == Migraties.alle.map(\.naam))
    }

    @Test(arguments: Motor.alleenPostgres) func eenAndereDatabaseWordtGeweigerdEnNietAangeraakt(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let adres = try #require(try PostgresAdres(tekst: opslag.adres))
        let ander = try PostgresVerbinding.maak(adres)
        defer { ander.sluit() }
        _ = try ander.rijen(sql: "CREATE TABLE klant (naam TEXT)", arguments: [])
        #expect(throws: WerkbankFout.geenCasusWerkbank(pad: adres.weergave)) { try opslag.open() }
        let tabellen = try ander.rijen(sql: "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", arguments: [])
        #expect(tabellen.map { $0["tablename"] as String } == ["klant"])
    }

    /// Past the client entirely, on its own connection: the server refuses.
    @Test(arguments: Motor.alleenPostgres) func deServerHoudtHetLogboekAlleenAanvulbaar(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        _ = try StoreVoorbeeld.werkbank(in: opslag)
        let adres = try #require(try PostgresAdres(tekst: opslag.adres))
        let direct = try PostgresVerbinding.maak(adres)
        defer { direct.sluit() }
        for sql in ["UPDATE logboek SET wie = 'iemand anders'", "DELETE FROM logboek", "TRUNCATE logboek"] {
            #expect(throws: WerkbankFout.database(pad: adres.weergave, detail: "het logboek kan alleen worden aangevuld"),
                    "\(sql)") { try direct.rijen(sql: sql, arguments: []) }
        }
        let over = try direct.rijen(sql: "SELECT count(*) AS n, min(wie) AS wie FROM logboek", arguments: [])
        #expect(over.first.map { $0["n"] as Int } == 1)
        #expect(over.first.map { $0["wie"] as String } == "test")
    }
}
