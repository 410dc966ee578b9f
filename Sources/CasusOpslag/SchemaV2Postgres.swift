/// Migration 002 in PostgreSQL's dialect (see `SchemaV2`).
enum SchemaV2Postgres {
    static let sql = [
        """
        CREATE TABLE sessie_gegevens (
            casus \(SchemaV1Postgres.tekst) PRIMARY KEY NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            datum \(SchemaV1Postgres.tekst),
            facilitator \(SchemaV1Postgres.tekst),
            deelnemers \(SchemaV1Postgres.tekst) NOT NULL DEFAULT '[]')
        """,
    ]
}
