import GRDB
import Casus

/// One voice of the closing round, numbered so it can be changed or taken back.
public struct OpgeslagenEvaluatie: Sendable, Hashable {
    public var nummer: Int64
    public var evaluatie: Evaluatie
}

extension Werkbank {
    @discardableResult
    public func voegEvaluatieToe(casus: String, _ ruw: Evaluatie, wie: String) throws(WerkbankFout) -> Int64 {
        let e = ruw.schoon
        guard !e.door.isEmpty, !e.tekst.isEmpty else {
            throw WerkbankFout.ongeldig("een evaluatie vraagt wie (--door) en wat die zei")
        }
        return try schrijf { db in
            try Self.bestaat(casus: casus, db)
            let nummer = try voegToe(e, casus: casus, db)
            try log(db, .evaluatie, casus: casus, wie: wie, "#\(nummer) \(e.door): \(e.tekst)")
            return nummer
        }
    }

    public func wijzigEvaluatie(casus: String, nummer: Int64, _ ruw: Evaluatie, wie: String) throws(WerkbankFout) {
        let e = ruw.schoon
        guard !e.door.isEmpty, !e.tekst.isEmpty else {
            throw WerkbankFout.ongeldig("een evaluatie vraagt wie (--door) en wat die zei")
        }
        try schrijf { db in
            let oud = try Self.evaluatie(casus: casus, nummer: nummer, db)
            try db.execute(sql: "UPDATE evaluatie SET door = ?, tekst = ? WHERE id = ?", arguments: [e.door, e.tekst, nummer])
            try log(db, .wijzigEvaluatie, casus: casus, wie: wie,
                    "#\(nummer) \(e.door): \(e.tekst) (was \(oud.door): \(oud.tekst))")
        }
    }

    public func verwijderEvaluatie(casus: String, nummer: Int64, wie: String) throws(WerkbankFout) {
        try schrijf { db in
            let oud = try Self.evaluatie(casus: casus, nummer: nummer, db)
            try db.execute(sql: "DELETE FROM evaluatie WHERE id = ?", arguments: [nummer])
            try log(db, .verwijderEvaluatie, casus: casus, wie: wie, "#\(nummer) \(oud.door): \(oud.tekst)")
        }
    }

    public func evaluaties(casus: String) throws(WerkbankFout) -> [OpgeslagenEvaluatie] {
        try lees { db in
            try Self.bestaat(casus: casus, db)
            return try Self.evaluaties(casus: casus, db)
        }
    }

    func voegToe(_ e: Evaluatie, casus: String, _ db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO evaluatie (casus, door, tekst, op) VALUES (?, ?, ?, ?)",
                       arguments: [casus, e.door, e.tekst, nu()])
        return db.lastInsertedRowID
    }

    static func evaluatie(casus: String, nummer: Int64, _ db: Database) throws -> Evaluatie {
        try bestaat(casus: casus, db)
        guard let oud = try evaluaties(casus: casus, db).first(where: { $0.nummer == nummer }) else {
            throw WerkbankFout.ongeldig("evaluatie #\(nummer) bestaat niet in casus '\(casus)'; `casus toon \(casus)` laat de nummers zien")
        }
        return oud.evaluatie
    }

    static func evaluaties(casus: String, _ db: Database) throws -> [OpgeslagenEvaluatie] {
        try Row.fetchAll(db, sql: "SELECT * FROM evaluatie WHERE casus = ? ORDER BY id", arguments: [casus]).map {
            OpgeslagenEvaluatie(nummer: $0["id"], evaluatie: Evaluatie(door: $0["door"], tekst: $0["tekst"]))
        }
    }
}
