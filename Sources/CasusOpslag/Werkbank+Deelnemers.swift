import GRDB
import Casus

/// Step 1: the participants. `casus deelnemer` adds one, or changes the one
/// with the same id; removal is by id. Every change is logged.
extension Werkbank {
    /// Returns true when the participant is new, false when an existing one changed.
    @discardableResult
    public func zetDeelnemer(casus: String, _ ruw: Deelnemer, door: String) throws(WerkbankFout) -> Bool {
        let d = ruw.schoon
        guard let id = d.id, !id.isEmpty, !d.rol.isEmpty else {
            throw WerkbankFout.ongeldig("een deelnemer vraagt een id (--id) en een rol (--rol)")
        }
        return try schrijf { db in
            try Self.bestaat(casus: casus, db)
            let oud = try Self.deelnemers(casus: casus, db).first { $0.id == id }
            if let oud {
                guard oud != d else { return false }
                try db.execute(sql: """
                    UPDATE deelnemer SET rol = ?, organisatie = ?, naam = ?, check_in = ?
                    WHERE casus = ? AND sleutel = ?
                    """, arguments: [d.rol, d.organisatie, d.naam, d.checkIn, casus, id])
                try log(db, .deelnemer, casus: casus, wie: door, "\(d.beschrijving) (was \(oud.beschrijving))")
                return false
            }
            try voegToe(d, casus: casus, db)
            try log(db, .deelnemer, casus: casus, wie: door, d.beschrijving)
            return true
        }
    }

    public func verwijderDeelnemer(casus: String, id: String, door: String) throws(WerkbankFout) {
        try schrijf { db in
            try Self.bestaat(casus: casus, db)
            guard let oud = try Self.deelnemers(casus: casus, db).first(where: { $0.id == id }) else {
                let bekend = try Self.deelnemers(casus: casus, db).compactMap(\.id)
                throw WerkbankFout.ongeldig("deelnemer '\(id)' staat niet in casus '\(casus)'"
                    + (bekend.isEmpty ? "" : "; bekend: \(bekend.joined(separator: ", "))"))
            }
            try db.execute(sql: "DELETE FROM deelnemer WHERE casus = ? AND sleutel = ?", arguments: [casus, id])
            try log(db, .verwijderDeelnemer, casus: casus, wie: door, oud.beschrijving)
        }
    }

    func voegToe(_ d: Deelnemer, casus: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO deelnemer (casus, sleutel, rol, organisatie, naam, check_in) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [casus, d.id, d.rol, d.organisatie, d.naam, d.checkIn])
    }

    static func deelnemers(casus: String, _ db: Database) throws -> [Deelnemer] {
        try Row.fetchAll(db, sql: "SELECT * FROM deelnemer WHERE casus = ? ORDER BY id", arguments: [casus]).map {
            Deelnemer(id: $0["sleutel"], rol: $0["rol"], organisatie: $0["organisatie"], naam: $0["naam"],
                      checkIn: $0["check_in"])
        }
    }
}

extension Deelnemer {
    /// For the log: id, role, organisation (the name stays out of the line).
    var beschrijving: String {
        var tekst = id.map { "\($0): \(rol)" } ?? rol
        if let organisatie { tekst += " (\(organisatie))" }
        return tekst
    }
}
