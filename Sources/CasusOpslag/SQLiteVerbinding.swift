import GRDB

/// `SQLVerbinding` on a GRDB database handle, inside GRDB's transaction.
struct SQLiteVerbinding: SQLVerbinding {
    let db: Database

    /// One statement (no `;`) is prepared once per connection and reused: preparing
    /// cost more than running the small statements of an import.
    func execute(sql: String, arguments: [any SQLArgument]) throws {
        // Bytes, not Foundation's string search: this runs for every row an import writes.
        if sql.utf8.contains(UInt8(ascii: ";")) {
            try db.execute(sql: sql, arguments: Self.argumenten(arguments))
        } else {
            try db.cachedStatement(sql: sql).execute(arguments: Self.argumenten(arguments))
        }
    }

    func rijen(sql: String, arguments: [any SQLArgument]) throws -> [SQLRij] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: Self.argumenten(arguments)).map { rij in
            SQLRij(kolommen: Array(rij.columnNames), waarden: rij.databaseValues.map(Self.waarde))
        }
    }

    static func argumenten(_ lijst: [any SQLArgument]) -> StatementArguments {
        StatementArguments(lijst.map { argument -> (any DatabaseValueConvertible)? in
            switch argument.sqlWaarde {
            case .tekst(let t): t
            case .geheel(let n): n
            case .bytes(let b): b
            case .null: nil
            }
        })
    }

    static func waarde(_ waarde: DatabaseValue) -> SQLWaarde {
        switch waarde.storage {
        case .null: .null
        case .int64(let n): .geheel(n)
        case .double(let d): .geheel(Int64(d))
        case .string(let t): .tekst(t)
        case .blob(let b): .bytes(b)
        }
    }
}
