/// `casus werkbank kopieer VAN NAAR`: every row of every table, with its own
/// ids (annotation and correction numbers stay what the users know), from
/// one consistent read of the source into one transaction on an empty
/// target. SQLite → PostgreSQL and back; nothing is lost or reshaped.
public enum WerkbankKopie {
    /// Every table of the schema in foreign-key order. A test checks that this
    /// list and the tables the migrations make are the same.
    static let tabellen = ["casus", "bron", "format_versie", "annotatie", "correctie", "afspraak",
                           "sessie_gegevens", "stickercode", "deelnemer", "gezinslid_aanvulling", "keuze",
                           "visie", "evaluatie", "web_sessie", "web_deelnemer", "logboek", "bewaarde_analyse",
                           "bewaarde_bijdrage"]

    /// Tables whose `id` the engine hands out.
    static let metTeller = ["bron", "format_versie", "annotatie", "correctie", "afspraak", "deelnemer",
                            "gezinslid_aanvulling", "keuze", "visie", "evaluatie", "web_deelnemer", "logboek"]

    /// `casus werkbank kopieer VAN NAAR`: opens both (creating the target when
    /// missing) and copies. Returns where it went (no password) and rows per table.
    public static func kopieer(van: String, naar: String) throws(WerkbankFout) -> (String, [(tabel: String, rijen: Int)]) {
        let bron = try Werkbank.open(pad: van)
        let doel = try Werkbank.open(pad: naar, maakAan: true)
        do {
            return (doel.pad, try kopieer(van: bron, naar: doel))
        } catch {
            throw WerkbankFout.van(error, pad: doel.pad)
        }
    }

    /// Rows copied per table.
    static func kopieer(van bron: Werkbank, naar doel: Werkbank) throws -> [(tabel: String, rijen: Int)] {
        let (inhoud, tellers) = try bron.lees { db in
            (try tabellen.map { try (tabel: $0, rijen: alles(uit: $0, db)) },
             try bron.motor.tellers(db, tabellen: metTeller))
        }
        return try doel.schrijf { db in
            for tabel in tabellen where try db.getal(sql: "SELECT count(*) FROM \(tabel)") > 0 {
                throw WerkbankFout.nietLeeg(pad: doel.pad)
            }
            for (tabel, rijen) in inhoud {
                for rij in rijen {
                    let plekken = Array(repeating: "?", count: rij.kolommen.count).joined(separator: ", ")
                    try db.execute(sql: "INSERT INTO \(tabel) (\(rij.kolommen.joined(separator: ", "))) VALUES (\(plekken))",
                                   arguments: rij.waarden)
                }
            }
            var hoogste: [String: Int64] = [:]
            for tabel in metTeller {
                hoogste[tabel] = max(Int64(try db.getal(sql: "SELECT max(id) FROM \(tabel)")), tellers[tabel] ?? 0)
            }
            try doel.motor.zetTellers(db, hoogste)
            return inhoud.map { (tabel: $0.tabel, rijen: $0.rijen.count) }
        }
    }

    /// Every row of `tabel`, columns by name, in a fixed order.
    static func alles(uit tabel: String, _ db: any SQLVerbinding) throws -> [SQLRij] {
        try db.rijen(sql: "SELECT * FROM \(tabel) ORDER BY 1", arguments: [])
    }
}
