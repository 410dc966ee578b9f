/// Migration 005-werkboeken: a format delivered as a workbook (.xlsx) is kept as
/// delivered, byte for byte; its `yaml` is then empty and its sha256 is over the bytes.
enum SchemaWerkboeken {
    static let sql = """
        ALTER TABLE format_versie ADD COLUMN werkboek BLOB;
        """
}
