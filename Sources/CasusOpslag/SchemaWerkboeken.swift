/// Migration 006-werkboeken: a format delivered as a workbook (.xlsx) is kept as
/// delivered, byte for byte; its `yaml` is then empty and its sha256 is over the bytes.
enum SchemaWerkboeken {
    static let sql = """
        ALTER TABLE format_versie ADD COLUMN werkboek BLOB;
        """

    /// The same in PostgreSQL's dialect: bytes are `bytea`.
    static let postgres = ["ALTER TABLE format_versie ADD COLUMN werkboek BYTEA"]
}
