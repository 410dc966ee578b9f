import GRDB

extension Werkbank {
    /// How much of one casus is stored: format versions, sources, import lines in the log.
    /// The kill harness checks with it that an interrupted import is whole or absent.
    public func importTelling(casus: String) throws(WerkbankFout) -> (versies: Int, logregels: Int, bronnen: Int) {
        try lees { db in
            (try Int.fetchOne(db, sql: """
                SELECT count(*) FROM format_versie v JOIN bron b ON v.bron = b.id WHERE b.casus = ?
                """, arguments: [casus]) ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM logboek WHERE casus = ? AND actie = 'importeer'",
                              arguments: [casus]) ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM bron WHERE casus = ?", arguments: [casus]) ?? -1)
        }
    }
}
