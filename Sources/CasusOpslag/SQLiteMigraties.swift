import GRDB

extension Migraties {
    /// SQLite: marks the file as a casus workbench (`application_id`) and
    /// refuses a database that is someone else's.
    static func breng(_ db: Database, pad: String, migraties: [Migratie] = alle) throws {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tabellen = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if appID != SQLiteMotor.applicationID {
            guard appID == 0 && tabellen == 0 else { throw WerkbankFout.geenCasusWerkbank(pad: pad) }
            try db.execute(sql: "PRAGMA application_id = \(SQLiteMotor.applicationID)")
        }
        if try !db.tableExists("casus_migratie") { try db.execute(sql: tabel) }
        try pasToe(SQLiteVerbinding(db: db), dialect: .sqlite, pad: pad, migraties: migraties)
        try db.execute(sql: "PRAGMA user_version = \(migraties.count)")
    }
}
