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
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            rol TEXT NOT NULL,
            naam TEXT,
            -- SHA-256 of the participant's cookie; the cookie itself is never stored.
            vingerafdruk TEXT NOT NULL UNIQUE,
            sinds TEXT NOT NULL,
            PRIMARY KEY (casus, id)
        );
        """
}
