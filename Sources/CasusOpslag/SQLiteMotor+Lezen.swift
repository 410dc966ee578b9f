import Foundation
import GRDB

/// Reading commands open the workbench read-only, so they work on a file or
/// folder the user may not write (a backup on a read-only share, a 0400 file),
/// and can never change a workbench by accident.
extension SQLiteMotor {
    static func openLezen(pad: String, gezondheid: Bool = true,
                          migraties: [Migratie] = Migraties.alle) throws -> SQLiteMotor {
        try BestandsToegang.bereidVoor(pad: pad, maakAan: false)
        var config = configuratie
        config.readonly = true
        let motor: SQLiteMotor
        do {
            motor = SQLiteMotor(pad: pad, pool: try leesbaar(try DatabaseQueue(path: pad, configuration: config)))
        } catch let fout as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(fout.resultCode) {
            // A WAL workbench in a read-only folder: SQLite cannot make its -shm file there.
            // Nobody can write in that folder either, so the file is read as immutable.
            let uri = URL(fileURLWithPath: pad).absoluteString + "?immutable=1"
            do {
                motor = SQLiteMotor(pad: pad, pool: try leesbaar(try DatabaseQueue(path: uri, configuration: config)))
            } catch {
                throw WerkbankFout.van(error, pad: pad)
            }
        } catch {
            throw WerkbankFout.van(error, pad: pad)
        }
        // Without the health check (`werkbank controleer`, a forced backup) the schema
        // may be unreadable too: the caller only looks, or copies pages as they are.
        guard gezondheid else { return motor }
        try motor.controleerGezondheid()
        let stand = try motor.lees { db in try Migraties.stand(db, pad: pad, migraties: migraties) }
        // An older workbench needs its migrations first: a writer brings them (when allowed).
        if stand == .verouderd { return try open(pad: pad, maakAan: false, migraties: migraties) }
        return motor
    }

    /// Opening is lazy; the first read shows whether the file can be read at all.
    /// A damaged schema is left to the health check (or to `werkbank controleer`).
    private static func leesbaar(_ queue: DatabaseQueue) throws -> DatabaseQueue {
        do {
            try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        } catch let fout as DatabaseError where fout.resultCode == .SQLITE_CORRUPT {
            return queue
        }
        return queue
    }

    /// `PRAGMA quick_check`: a damaged file is refused before any command trusts what it
    /// reads or writes into it. It reads the whole file (~0.5 s for 10,000 casussen), so
    /// `rode-draden` runs it beside its reading (`Werkbank.Toegang.naastHetWerk`).
    func controleerGezondheid() throws {
        try Self.controleerGezondheid(pool, pad: pad)
    }

    static func controleerGezondheid(_ pool: any DatabaseWriter, pad: String) throws(WerkbankFout) {
        let uitkomst: [String]
        do {
            uitkomst = try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        } catch {
            throw WerkbankFout.van(error, pad: pad)
        }
        guard uitkomst == ["ok"] else {
            let n = uitkomst.count
            throw WerkbankFout.beschadigd(pad: pad, detail: "de controle van SQLite vond \(n == 1 ? "1 probleem" : "\(n) problemen")")
        }
    }
}
