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

    enum Stand { case actueel, verouderd }

    /// What a reader needs to know without writing: is this a casus workbench,
    /// and does it have every migration this binary knows (and none it does not)?
    static func stand(_ db: any SQLVerbinding, pad: String, migraties: [Migratie] = alle) throws -> Stand {
        let appID = try db.rijen(sql: "PRAGMA application_id").first.map { Int32(truncatingIfNeeded: $0["application_id"] as Int64) } ?? 0
        let tabellen = try db.teksten(sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if appID != SQLiteMotor.applicationID {
            guard appID == 0 && tabellen.isEmpty else { throw WerkbankFout.geenCasusWerkbank(pad: pad) }
            return .verouderd
        }
        guard tabellen.contains("casus_migratie") else { return .verouderd }
        let toegepast = Set(try db.teksten(sql: "SELECT naam FROM casus_migratie"))
        let onbekend = toegepast.subtracting(migraties.map(\.naam)).sorted()
        guard onbekend.isEmpty else { throw WerkbankFout.nieuwereVersie(pad: pad, onbekend: onbekend) }
        return toegepast.isSuperset(of: migraties.map(\.naam)) ? .actueel : .verouderd
    }
}
