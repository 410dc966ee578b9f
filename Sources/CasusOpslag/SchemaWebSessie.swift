/// Migration 005-websessie: what the live session in the browser keeps (`casus sessie`):
/// the facilitator's key and the participants' code, the step the session is
/// at, and who joined from their phone. Kept so a restarted server (even after
/// SIGKILL) knows the same people and shows the same step.
enum SchemaWebSessie {
    static let sql = """
        CREATE TABLE web_sessie (
            casus TEXT PRIMARY KEY NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            -- The facilitator's key (printed at start) and the participants' short code.
            sleutel TEXT NOT NULL,
            code TEXT NOT NULL,
            stap INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE web_deelnemer (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            -- The deelnemer id in the session (w1, w2, …).
            sleutel TEXT NOT NULL,
            rol TEXT NOT NULL,
            naam TEXT,
            -- SHA-256 of the participant's cookie; the cookie itself is never stored.
            vingerafdruk TEXT NOT NULL UNIQUE,
            sinds TEXT NOT NULL,
            UNIQUE (casus, sleutel)
        );
        """

    /// The same in PostgreSQL's dialect (see `SchemaV1Postgres`).
    static let postgres: [String] = {
        let id = SchemaV1Postgres.id, tekst = SchemaV1Postgres.tekst
        let casus = "casus \(tekst) NOT NULL REFERENCES casus(id) ON DELETE CASCADE"
        return [
            """
            CREATE TABLE web_sessie (
                casus \(tekst) PRIMARY KEY NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
                sleutel \(tekst) NOT NULL,
                code \(tekst) NOT NULL,
                stap BIGINT NOT NULL DEFAULT 1)
            """,
            """
            CREATE TABLE web_deelnemer (
                \(id), \(casus),
                sleutel \(tekst) NOT NULL,
                rol \(tekst) NOT NULL,
                naam \(tekst),
                vingerafdruk \(tekst) NOT NULL UNIQUE,
                sinds \(tekst) NOT NULL,
                UNIQUE (casus, sleutel))
            """,
        ]
    }()
}
