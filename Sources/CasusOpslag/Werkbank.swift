import Foundation
import GRDB
import Casus

/// The workbench: one SQLite file (WAL, foreign keys on) where the casussen,
/// every version of every format, the session's annotations and corrections,
/// and the audit log live. Opening refuses anything that is not a casus
/// workbench, or one made by a newer casus, with a clear Dutch error.
public final class Werkbank: WerkbankOpslag {
    /// `PRAGMA application_id` of every casus workbench ("Casu").
    static let applicationID: Int32 = 0x4361_7375

    public let pad: String
    public var plek: String { pad }
    let pool: DatabasePool
    /// Injected so tests can pin timestamps; the CLI uses the wall clock.
    let klok: @Sendable () -> Date

    private init(pad: String, pool: DatabasePool, klok: @escaping @Sendable () -> Date) {
        self.pad = pad
        self.pool = pool
        self.klok = klok
    }

    /// Opens the workbench at `pad`. With `maakAan`, a missing file is created
    /// first (mode 0600, before any data is written).
    public static func open(pad: String, maakAan: Bool = false,
                            klok: @escaping @Sendable () -> Date = { Date() }) throws(WerkbankFout) -> Werkbank {
        try BestandsToegang.bereidVoor(pad: pad, maakAan: maakAan)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.journalMode = .wal
        // Two facilitators on one machine: wait for the other's write instead of failing.
        config.busyMode = .timeout(30)
        config.label = "casus-werkbank"
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: pad, configuration: config)
        } catch {
            throw WerkbankFout.van(error, pad: pad)
        }
        let werkbank = Werkbank(pad: pad, pool: pool, klok: klok)
        try werkbank.schrijf { db in try Migraties.breng(db, pad: pad) }
        return werkbank
    }

    /// One write transaction (BEGIN IMMEDIATE): all of it lands, or none of it.
    func schrijf<T>(_ werk: (Database) throws -> T) throws(WerkbankFout) -> T {
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

    /// A consistent read of the workbench.
    func lees<T>(_ werk: (Database) throws -> T) throws(WerkbankFout) -> T {
        do {
            return try pool.read(werk)
        } catch {
            throw WerkbankFout.van(error, pad: pad)
        }
    }

    /// `PRAGMA integrity_check`: "ok", or the problems SQLite found.
    public func integriteit() throws(WerkbankFout) -> [String] {
        try lees { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// The timestamp of a change, ISO 8601 in UTC.
    func nu() -> String {
        Tijdstempel.tekst(klok())
    }
}

/// ISO 8601 UTC timestamps, the same on every machine.
enum Tijdstempel {
    static func tekst(_ moment: Date) -> String {
        moment.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .gmt))
    }
}
