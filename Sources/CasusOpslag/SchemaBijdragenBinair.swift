/// Migration 010-bijdragen-binair (issue 18): the stored shares of the common threads in
/// a compact binary form (`CompactEncoder`) instead of JSON: decoding 10,000 JSON shares
/// took a quarter of `rode-draden --alle`. The rows are derived data, so the old table
/// goes and every share is made again on its next use.
enum SchemaBijdragenBinair {
    static let sql = """
        DROP TABLE bewaarde_bijdrage;
        CREATE TABLE bewaarde_bijdrage (
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            -- Which options it was made with (RodeDradenBijdrage.variant).
            variant TEXT NOT NULL,
            sleutel TEXT NOT NULL,
            -- CompactEncoder: the contribution (absent when the casus has fouten) and its meldingen.
            inhoud BLOB NOT NULL,
            PRIMARY KEY (casus, variant)
        );
        """

    /// The same in PostgreSQL's dialect.
    static let postgres = [
        "DROP TABLE bewaarde_bijdrage",
        """
        CREATE TABLE bewaarde_bijdrage (
            casus \(SchemaV1Postgres.tekst) NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            variant \(SchemaV1Postgres.tekst) NOT NULL,
            sleutel \(SchemaV1Postgres.tekst) NOT NULL,
            inhoud BYTEA NOT NULL,
            PRIMARY KEY (casus, variant))
        """,
    ]
}
