/// What runs the workbench's transactions: SQLite (`SQLiteMotor`) or
/// PostgreSQL (`PostgresMotor`). Synchronous: a caller blocks until its
/// transaction committed or rolled back.
protocol Opslagmotor: Sendable {
    func schrijf<T>(_ werk: (any SQLVerbinding) throws -> T) throws -> T
    func lees<T>(_ werk: (any SQLVerbinding) throws -> T) throws -> T
    func integriteit() throws -> [String]
    /// Waits for a health check running beside the work, and throws what it found.
    func bevestigGezond() throws
    /// A copy into a new SQLite file at `doel` (mode 0600) while others keep working.
    func backup(naar doel: String, van werkbank: Werkbank) throws
    /// The highest id ever handed out per table, also of rows since removed
    /// (numbers are never reused, so a copy must continue after them).
    func tellers(_ db: any SQLVerbinding, tabellen: [String]) throws -> [String: Int64]
    /// After a copy brought rows with their own ids: new ids continue after these.
    func zetTellers(_ db: any SQLVerbinding, _ tellers: [String: Int64]) throws
}

extension Opslagmotor {
    /// Engines that check on open (PostgreSQL checks every page as it reads) have nothing to wait for.
    func bevestigGezond() throws {}
}
