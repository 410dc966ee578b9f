import Foundation

/// The workbench in a PostgreSQL database a region's facilitators share.
/// Writers take one advisory lock per transaction, so writes queue exactly
/// as on SQLite (BEGIN IMMEDIATE) and no facilitator's change is lost;
/// readers see one consistent snapshot. Within a process the connection is
/// used by one transaction at a time.
final class PostgresMotor: Opslagmotor, @unchecked Sendable {
    /// The advisory-lock key of casus writers ("Casu", as SQLite's application_id).
    static let schrijfSleutel: Int64 = 0x4361_7375

    let verbinding: PostgresVerbinding
    private let slot = NSLock()

    private init(verbinding: PostgresVerbinding) {
        self.verbinding = verbinding
    }

    deinit { verbinding.sluit() }

    static func open(_ adres: PostgresAdres, maakAan: Bool,
                     migraties: [Migratie] = Migraties.alle) throws -> PostgresMotor {
        let motor = PostgresMotor(verbinding: try PostgresVerbinding.maak(adres))
        try motor.schrijf { db in
            let heeftWerkbank = try db.getal(
                sql: "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'casus_migratie'") > 0
            if !heeftWerkbank {
                let tabellen = try db.getal(
                    sql: "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
                guard tabellen == 0 else { throw WerkbankFout.geenCasusWerkbank(pad: adres.weergave) }
                guard maakAan else { throw WerkbankFout.bestaatNiet(pad: adres.weergave) }
                // Only when missing: a facilitator's role may lack CREATE on the schema.
                try db.execute(sql: Migraties.tabel)
            }
            try Migraties.pasToe(db, dialect: .postgres, pad: adres.weergave, migraties: migraties)
        }
        return motor
    }

    func schrijf<T>(_ werk: (any SQLVerbinding) throws -> T) throws -> T {
        try transactie(begin: "BEGIN ISOLATION LEVEL READ COMMITTED", schrijven: true, werk)
    }

    func lees<T>(_ werk: (any SQLVerbinding) throws -> T) throws -> T {
        try transactie(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", schrijven: false, werk)
    }

    private func transactie<T>(begin: String, schrijven: Bool,
                               _ werk: (any SQLVerbinding) throws -> T) throws -> T {
        slot.lock()
        defer { slot.unlock() }
        let db = PostgresTransactie(verbinding: verbinding)
        try db.execute(sql: begin)
        do {
            if schrijven {
                try db.execute(sql: "SELECT pg_advisory_xact_lock(?)", arguments: [Self.schrijfSleutel])
            }
            let resultaat = try werk(db)
            try db.execute(sql: "COMMIT")
            return resultaat
        } catch {
            // A dropped connection has rolled back already; then this fails too.
            try? db.execute(sql: "ROLLBACK")
            throw WerkbankFout.van(error, pad: verbinding.adres.weergave)
        }
    }

    /// PostgreSQL keeps its own integrity (constraints, WAL); this checks that
    /// every table reads and that no row lost what it refers to.
    func integriteit() throws -> [String] {
        try lees { db in
            var problemen: [String] = []
            for tabel in WerkbankKopie.tabellen {
                _ = try db.getal(sql: "SELECT count(*) FROM \(tabel)")
            }
            let wees = try db.getal(sql: "SELECT count(*) FROM format_versie v LEFT JOIN bron b ON v.bron = b.id WHERE b.id IS NULL")
            if wees > 0 { problemen.append("\(wees) formatversies zonder bron") }
            return problemen.isEmpty ? ["ok"] : problemen
        }
    }

    /// A backup of a shared workbench is a copy into a new SQLite file.
    func backup(naar doel: String, van werkbank: Werkbank) throws {
        try BestandsToegang.maakNieuw(pad: doel)
        let kopie = try Werkbank.open(pad: doel)
        _ = try WerkbankKopie.kopieer(van: werkbank, naar: kopie)
    }

    /// The identity sequences' last values (NULL, so 0, when never used).
    func tellers(_ db: any SQLVerbinding, tabellen: [String]) throws -> [String: Int64] {
        var uit: [String: Int64] = [:]
        for tabel in tabellen {
            uit[tabel] = Int64(try db.getal(
                sql: "SELECT pg_sequence_last_value(pg_get_serial_sequence(?, 'id')::regclass)", arguments: [tabel]))
        }
        return uit
    }

    func zetTellers(_ db: any SQLVerbinding, _ tellers: [String: Int64]) throws {
        for (tabel, waarde) in tellers.sorted(by: { $0.key < $1.key }) where waarde > 0 {
            try db.execute(sql: "SELECT setval(pg_get_serial_sequence(?, 'id'), ?)", arguments: [tabel, waarde])
        }
    }
}

/// `SQLVerbinding` inside a transaction on a PostgreSQL connection.
struct PostgresTransactie: SQLVerbinding {
    let verbinding: PostgresVerbinding

    func execute(sql: String, arguments: [any SQLArgument]) throws {
        _ = try verbinding.rijen(sql: sql, arguments: arguments)
    }

    func rijen(sql: String, arguments: [any SQLArgument]) throws -> [SQLRij] {
        try verbinding.rijen(sql: sql, arguments: arguments)
    }
}
