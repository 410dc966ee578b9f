import Foundation

/// The few things the workbench asks of a database inside a transaction, so
/// the same store code runs on SQLite and on PostgreSQL. SQL is written once,
/// in the subset both speak (`?` placeholders, `ON CONFLICT DO NOTHING`,
/// `RETURNING id`); only the schema has a dialect per engine.
protocol SQLVerbinding {
    func execute(sql: String, arguments: [any SQLArgument]) throws
    func rijen(sql: String, arguments: [any SQLArgument]) throws -> [SQLRij]
}

extension SQLVerbinding {
    func execute(sql: String) throws { try execute(sql: sql, arguments: []) }

    func rijen(sql: String) throws -> [SQLRij] { try rijen(sql: sql, arguments: []) }

    func rij(sql: String, arguments: [any SQLArgument] = []) throws -> SQLRij? {
        try rijen(sql: sql, arguments: arguments).first
    }

    /// The first column of the first row as a number (a count, a max).
    func getal(sql: String, arguments: [any SQLArgument] = []) throws -> Int {
        guard let rij = try rij(sql: sql, arguments: arguments), let waarde = rij.waarden.first else { return 0 }
        if case .geheel(let n) = waarde { return Int(n) }
        return 0
    }

    /// The first column of every row as text.
    func teksten(sql: String, arguments: [any SQLArgument] = []) throws -> [String] {
        try rijen(sql: sql, arguments: arguments).compactMap { rij in
            if case .tekst(let t) = rij.waarden.first { return t }
            return nil
        }
    }

    /// An INSERT into a table with an `id` column; returns the new row's id.
    func voegIn(sql: String, arguments: [any SQLArgument]) throws -> Int64 {
        let rij = try rij(sql: sql + " RETURNING id", arguments: arguments)
        guard let rij, case .geheel(let id) = rij.waarden.first else {
            throw WerkbankFout.ongeldig("interne fout: de database gaf geen nummer voor de nieuwe regel")
        }
        return id
    }
}

/// The values the schema uses: text, whole numbers, bytes (a workbook as delivered) and NULL.
public enum SQLWaarde: Sendable, Hashable, CustomStringConvertible {
    case tekst(String)
    case geheel(Int64)
    case bytes(Data)
    case null

    public var description: String {
        switch self {
        case .tekst(let t): "'\(t)'"
        case .geheel(let n): "\(n)"
        case .bytes(let b): "<\(b.count) bytes>"
        case .null: "NULL"
        }
    }
}

protocol SQLArgument {
    var sqlWaarde: SQLWaarde { get }
}

extension SQLWaarde: SQLArgument { var sqlWaarde: SQLWaarde { self } }
extension String: SQLArgument { var sqlWaarde: SQLWaarde { .tekst(self) } }
extension Int64: SQLArgument { var sqlWaarde: SQLWaarde { .geheel(self) } }
extension Int: SQLArgument { var sqlWaarde: SQLWaarde { .geheel(Int64(self)) } }
extension Data: SQLArgument { var sqlWaarde: SQLWaarde { .bytes(self) } }
extension Optional: SQLArgument where Wrapped: SQLArgument {
    var sqlWaarde: SQLWaarde { self?.sqlWaarde ?? .null }
}

/// One result row, read by column name. A missing or NULL value reads as
/// nil, or as "" / 0 where the schema says NOT NULL, never as a trap.
struct SQLRij: Sendable, Hashable {
    var kolommen: [String]
    var waarden: [SQLWaarde]

    func waarde(_ kolom: String) -> SQLWaarde {
        guard let i = kolommen.firstIndex(of: kolom), i < waarden.count else { return .null }
        return waarden[i]
    }

    subscript(_ kolom: String) -> String? {
        switch waarde(kolom) {
        case .tekst(let t): t
        case .geheel(let n): String(n)
        case .bytes, .null: nil
        }
    }

    subscript(_ kolom: String) -> String { self[kolom] ?? "" }

    subscript(_ kolom: String) -> Int64? {
        switch waarde(kolom) {
        case .geheel(let n): n
        case .tekst(let t): Int64(t)
        case .bytes, .null: nil
        }
    }

    subscript(_ kolom: String) -> Int64 { self[kolom] ?? 0 }
    subscript(_ kolom: String) -> Int { Int(self[kolom] as Int64) }

    subscript(_ kolom: String) -> Data? {
        if case .bytes(let b) = waarde(kolom) { return b }
        return nil
    }
}
