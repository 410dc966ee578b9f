/// Migration 009-indexen (issue 18): the session tables that are read per casus had no
/// index on `casus`, so every read of one casus's session scanned them whole; over
/// 10,000 casussen (import, rode-draden's first run) that grew with the square.
enum SchemaIndexen {
    static let sql = """
        CREATE INDEX afspraak_per_casus ON afspraak (casus, id);
        CREATE INDEX gezinslid_aanvulling_per_casus ON gezinslid_aanvulling (casus, id);
        CREATE INDEX evaluatie_per_casus ON evaluatie (casus, id);
        """

    /// The same in PostgreSQL's dialect.
    static let postgres = [
        "CREATE INDEX afspraak_per_casus ON afspraak (casus, id)",
        "CREATE INDEX gezinslid_aanvulling_per_casus ON gezinslid_aanvulling (casus, id)",
        "CREATE INDEX evaluatie_per_casus ON evaluatie (casus, id)",
    ]
}
