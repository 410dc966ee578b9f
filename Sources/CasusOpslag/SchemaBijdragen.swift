/// Migration 008-bijdragen (issue 18): per casus and option variant, its share of the
/// common threads (`RodeDradenBijdrage`, JSON), so `rode-draden` over the workbench
/// reads a few KB per casus instead of the whole analysis. `sleutel` is the key of the
/// analysis it came from (`AnalyseSleutel.geheel`); a row whose key no longer matches is
/// stale and recomputed on next use. Derived data only: deleting a row loses nothing.
enum SchemaBijdragen {
    static let sql = """
        CREATE TABLE bewaarde_bijdrage (
            casus TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            -- Which options it was made with (RodeDradenBijdrage.variant).
            variant TEXT NOT NULL,
            sleutel TEXT NOT NULL,
            -- JSON: the contribution (absent when the casus has fouten) and its meldingen.
            inhoud TEXT NOT NULL,
            PRIMARY KEY (casus, variant)
        );
        """

    /// The same in PostgreSQL's dialect.
    static let postgres = [
        """
        CREATE TABLE bewaarde_bijdrage (
            casus \(SchemaV1Postgres.tekst) NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            variant \(SchemaV1Postgres.tekst) NOT NULL,
            sleutel \(SchemaV1Postgres.tekst) NOT NULL,
            inhoud \(SchemaV1Postgres.tekst) NOT NULL,
            PRIMARY KEY (casus, variant))
        """,
    ]
}
