import Foundation
import Casus
import GRDB

/// The workbench as one SQLite file (WAL, foreign keys on).
final class SQLiteMotor: Opslagmotor {
    /// `PRAGMA application_id` of every casus workbench ("Casu").
    static let applicationID: Int32 = 0x4361_7375

    let pad: String
    /// A pool for writers; a read-only queue for commands that only read.
    let pool: any DatabaseWriter
    /// The health check running beside the work (`Controle.naastHetWerk`), else nil.
    private let lopendeControle: Vooruit<Result<Void, WerkbankFout>>?

    /// When the health check runs: before anything else, or beside the work (see
    /// `Werkbank.Toegang.naastHetWerk`).
    enum Controle { case vooraf, naastHetWerk }

    init(pad: String, pool: any DatabaseWriter, controle: Controle = .vooraf) {
        self.pad = pad
        self.pool = pool
        lopendeControle = switch controle {
        case .vooraf: nil
        case .naastHetWerk: Vooruit { Result { () throws(WerkbankFout) in try Self.controleerGezondheid(pool, pad: pad) } }
        }
    }

    func bevestigGezond() throws {
        try lopendeControle?.wacht().get()
    }

    static func open(pad: String, maakAan: Bool, migraties: [Migratie] = Migraties.alle,
                     controle: Controle = .vooraf) throws -> SQLiteMotor {
        try BestandsToegang.bereidVoor(pad: pad, maakAan: maakAan)
        var config = configuratie
        config.journalMode = .wal
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: pad, configuration: config)
        } catch {
            throw WerkbankFout.van(error, pad: pad)
        }
        let motor = SQLiteMotor(pad: pad, pool: pool, controle: controle)
        // Checked before anything is written: a damaged file is never written into.
        switch controle {
        case .vooraf: try motor.controleerGezondheid()
        case .naastHetWerk:
            // Only a workbench that needs its migrations is written into on open.
            let stand = try motor.lees { db in try Migraties.stand(db, pad: pad, migraties: migraties) }
            if stand == .actueel { return motor }
            try motor.bevestigGezond()
        }
        try motor.schrijfGRDB { db in try Migraties.breng(db, pad: pad, migraties: migraties) }
        return motor
    }

    static var configuratie: Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Two facilitators on one machine: wait for the other's write instead of failing.
        config.busyMode = .timeout(30)
        config.label = "casus-werkbank"
        return config
    }

    func schrijf<T>(_ werk: (any SQLVerbinding) throws -> T) throws -> T {
        try bevestigGezond()
        return try schrijfGRDB { db in try werk(SQLiteVerbinding(db: db)) }
    }

    /// BEGIN IMMEDIATE: the write lock is taken up front, so writers queue.
    private func schrijfGRDB<T>(_ werk: (Database) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var resultaat: T?
                try db.inTransaction(.immediate) {
                    resultaat = try werk(db)
                    return .commit
                }
                guard let resultaat else { throw WerkbankFout.ongeldig("interne fout: geen resultaat") }
                return resultaat
            }
        } catch {
            throw WerkbankFout.van(error, pad: pad)
        }
    }

    func lees<T>(_ werk: (any SQLVerbinding) throws -> T) throws -> T {
        do {
            return try pool.read { db in try werk(SQLiteVerbinding(db: db)) }
        } catch {
            throw WerkbankFout.van(error, pad: pad)
        }
    }

    /// `PRAGMA integrity_check`: "ok", or the problems SQLite found.
    func integriteit() throws -> [String] {
        try lees { db in try db.teksten(sql: "PRAGMA integrity_check") }
    }

    /// AUTOINCREMENT keeps them in `sqlite_sequence`.
    func tellers(_ db: any SQLVerbinding, tabellen: [String]) throws -> [String: Int64] {
        var uit: [String: Int64] = [:]
        for rij in try db.rijen(sql: "SELECT name, seq FROM sqlite_sequence") where tabellen.contains(rij["name"]) {
            uit[rij["name"]] = rij["seq"] as Int64
        }
        return uit
    }

    func zetTellers(_ db: any SQLVerbinding, _ tellers: [String: Int64]) throws {
        for (tabel, waarde) in tellers.sorted(by: { $0.key < $1.key }) where waarde > 0 {
            try db.execute(sql: "DELETE FROM sqlite_sequence WHERE name = ?", arguments: [tabel])
            try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", arguments: [tabel, waarde])
        }
    }

    /// SQLite's online backup.
    func backup(naar doel: String, van werkbank: Werkbank) throws {
        try BestandsToegang.maakNieuw(pad: doel)
        do {
            let kopie = try DatabaseQueue(path: doel)
            try pool.backup(to: kopie)
            try kopie.close()
        } catch {
            // Complete or absent: a backup that failed halfway is no backup.
            try? FileManager.default.removeItem(atPath: doel)
            throw WerkbankFout.van(error, pad: doel)
        }
    }
}
