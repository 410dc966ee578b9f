import Casus

/// Migration 003-stickercodes: sticker codes (`G12`) once given to an item of a casus. A
/// printed wall must keep matching, so a code is never renumbered; the anker
/// lets it follow its item when a re-import changes the item's id.
enum SchemaStickercodes {
    static let sql = """
        CREATE TABLE stickercode (
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            item TEXT NOT NULL,
            anker_soort TEXT,
            anker_kenmerk TEXT,
            gegeven_op TEXT NOT NULL,
            PRIMARY KEY (casus, code)
        );
        """

    /// The same in PostgreSQL's dialect.
    static let postgres = [
        """
        CREATE TABLE stickercode (
            casus \(SchemaV1Postgres.tekst) NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            code \(SchemaV1Postgres.tekst) NOT NULL,
            item \(SchemaV1Postgres.tekst) NOT NULL,
            anker_soort \(SchemaV1Postgres.tekst),
            anker_kenmerk \(SchemaV1Postgres.tekst),
            gegeven_op \(SchemaV1Postgres.tekst) NOT NULL,
            PRIMARY KEY (casus, code))
        """,
    ]
}
