import Foundation
import GRDB
import Casus

/// A facilitator's correction of the merge, numbered so it can be taken back.
public struct OpgeslagenCorrectie: Sendable, Hashable {
    public enum Soort: Sendable, Hashable {
        case koppel(Koppeling)
        case ontkoppel(Ontkoppeling)
    }

    public var nummer: Int64
    public var soort: Soort
    public var door: String
    public var op: String
}

extension Werkbank {
    @discardableResult
    public func koppel(casus: String, _ koppeling: Koppeling, door: String) throws(WerkbankFout) -> Int64 {
        guard Set(koppeling.items).count >= 2 else {
            throw WerkbankFout.ongeldig("koppelen vraagt minstens twee verschillende items")
        }
        return try schrijf { db in
            try Self.bestaat(casus: casus, db)
            let nummer = try voegToe(koppeling, casus: casus, door: door, db)
            try log(db, .koppel, casus: casus, wie: door, "#\(nummer) \(Self.beschrijf(koppeling))")
            return nummer
        }
    }

    @discardableResult
    public func ontkoppel(casus: String, _ ontkoppeling: Ontkoppeling, door: String) throws(WerkbankFout) -> Int64 {
        try schrijf { db in
            try Self.bestaat(casus: casus, db)
            let nummer = try voegToe(ontkoppeling, casus: casus, door: door, db)
            try log(db, .ontkoppel, casus: casus, wie: door, "#\(nummer) \(Self.beschrijf(ontkoppeling))")
            return nummer
        }
    }

    /// Takes a correction back; the log keeps what it was.
    public func verwijderCorrectie(casus: String, nummer: Int64, door: String) throws(WerkbankFout) {
        try schrijf { db in
            try Self.bestaat(casus: casus, db)
            guard let oud = try Self.correcties(casus: casus, db).first(where: { $0.nummer == nummer }) else {
                throw WerkbankFout.onbekendeCorrectie(casus: casus, nummer: nummer)
            }
            try db.execute(sql: "DELETE FROM correctie WHERE id = ?", arguments: [nummer])
            try log(db, .verwijderCorrectie, casus: casus, wie: door, "#\(nummer) \(Self.beschrijf(oud.soort))")
        }
    }

    public func correcties(casus: String) throws(WerkbankFout) -> [OpgeslagenCorrectie] {
        try lees { db in
            try Self.bestaat(casus: casus, db)
            return try Self.correcties(casus: casus, db)
        }
    }

    /// Everything the session added to a casus, as `sessie.yaml` holds it.
    public func sessie(casus: String) throws(WerkbankFout) -> Sessie {
        try lees { db in
            try Self.bestaat(casus: casus, db)
            return try Self.sessie(casus: casus, db)
        }
    }

    static func sessie(casus: String, _ db: Database) throws -> Sessie {
        var sessie = try sessieGegevens(casus: casus, db)
        sessie.annotaties = try annotaties(casus: casus, db).map(\.annotatie)
        for correctie in try correcties(casus: casus, db) {
            switch correctie.soort {
            case .koppel(let k): sessie.koppel.append(k)
            case .ontkoppel(let o): sessie.ontkoppel.append(o)
            }
        }
        sessie.afspraken = try afspraken(casus: casus, db).map(\.afspraak)
        sessie.gezinsleden = try aanvullingen(casus: casus, db).map(\.aanvulling)
        sessie.kies = try keuzes(casus: casus, db)
        sessie.visie = try visie(casus: casus, db)
        sessie.evaluatie = try evaluaties(casus: casus, db).map(\.evaluatie)
        return sessie
    }

    func voegToe(_ ruw: Koppeling, casus: String, door: String, _ db: Database) throws -> Int64 {
        let k = ruw.schoon
        let items = JSONLijst.tekst(k.items)
        try db.execute(sql: """
            INSERT INTO correctie (casus, soort, items, toelichting, door, op)
            VALUES (?, 'koppel', ?, ?, ?, ?)
            """, arguments: [casus, items, k.toelichting, door, nu()])
        return db.lastInsertedRowID
    }

    func voegToe(_ ruw: Ontkoppeling, casus: String, door: String, _ db: Database) throws -> Int64 {
        let o = ruw.schoon
        let items = JSONLijst.tekst([o.item])
        try db.execute(sql: """
            INSERT INTO correctie (casus, soort, items, bron, toelichting, door, op)
            VALUES (?, 'ontkoppel', ?, ?, ?, ?, ?)
            """, arguments: [casus, items, o.bron, o.toelichting, door, nu()])
        return db.lastInsertedRowID
    }

    static func correcties(casus: String, _ db: Database) throws -> [OpgeslagenCorrectie] {
        try Row.fetchAll(db, sql: "SELECT * FROM correctie WHERE casus = ? ORDER BY id",
                         arguments: [casus]).compactMap { rij in
            let items = JSONLijst.lijst(rij["items"])
            let bron: String? = rij["bron"]
            let soort: OpgeslagenCorrectie.Soort
            if let bron, let item = items.first {
                soort = .ontkoppel(Ontkoppeling(item: item, bron: bron, toelichting: rij["toelichting"]))
            } else {
                soort = .koppel(Koppeling(items: items, toelichting: rij["toelichting"]))
            }
            return OpgeslagenCorrectie(nummer: rij["id"], soort: soort, door: rij["door"], op: rij["op"])
        }
    }

    static func beschrijf(_ k: Koppeling) -> String {
        "koppel \(k.items.joined(separator: " + "))" + (k.toelichting.map { ": \($0)" } ?? "")
    }

    static func beschrijf(_ o: Ontkoppeling) -> String {
        "ontkoppel bron \(o.bron) uit \(o.item)" + (o.toelichting.map { ": \($0)" } ?? "")
    }

    static func beschrijf(_ s: OpgeslagenCorrectie.Soort) -> String {
        switch s {
        case .koppel(let k): beschrijf(k)
        case .ontkoppel(let o): beschrijf(o)
        }
    }
}
