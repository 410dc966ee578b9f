import Casus

/// Migration 007-analyses (issue 18): per casus (table `bewaarde_analyse`; `analyse` is reserved in PostgreSQL) the stored result of intake, merge,
/// corrections and patterns, so reading a casus does not merge it again. `sleutel`
/// says which inputs it was computed from (see `AnalyseSleutel`); a row whose key no
/// longer matches is stale and recomputed on next use. Derived data only: deleting a
/// row loses nothing.
enum SchemaAnalyses {
    static let sql = """
        CREATE TABLE bewaarde_analyse (
            casus TEXT PRIMARY KEY NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            sleutel TEXT NOT NULL,
            tijdlijn_sleutel TEXT NOT NULL,
            -- JSON of the merged timeline (with sticker codes); NULL when the input has fouten.
            tijdlijn TEXT,
            -- JSON of the rest: annotations, findings, session, meldingen.
            rest TEXT NOT NULL
        );
        """

    /// The same in PostgreSQL's dialect.
    static let postgres = [
        """
        CREATE TABLE bewaarde_analyse (
            casus \(SchemaV1Postgres.tekst) PRIMARY KEY NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            sleutel \(SchemaV1Postgres.tekst) NOT NULL,
            tijdlijn_sleutel \(SchemaV1Postgres.tekst) NOT NULL,
            tijdlijn \(SchemaV1Postgres.tekst),
            rest \(SchemaV1Postgres.tekst) NOT NULL)
        """,
    ]
}
