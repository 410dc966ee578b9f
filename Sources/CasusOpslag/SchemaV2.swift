import Casus

/// Migration 002: the session's own data (when, who led it, who took part),
/// one row per casus. A separate table, so 001 stays untouched and a casus
/// without a session simply has no row.
enum SchemaV2 {
    static let sql = """
        CREATE TABLE sessie_gegevens (
            casus TEXT PRIMARY KEY NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
            -- The date as written in sessie.yaml; read again by DatumParser.
            datum TEXT,
            facilitator TEXT,
            -- JSON list of texts.
            deelnemers TEXT NOT NULL DEFAULT '[]'
        );
        """
}
