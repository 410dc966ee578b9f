import Casus
import GRDB

extension Werkbank {
    /// The sticker codes given to a casus so far, each pointed at its item in
    /// `tijdlijn`: a code whose item got another id (a re-import) follows the
    /// one item with the same anker, like an annotation does.
    public func codeboek(casus: String, voor tijdlijn: Tijdlijn) throws(WerkbankFout) -> Codeboek {
        try lees { db in try Self.codeboek(casus: casus, voor: tijdlijn, db) }
    }

    /// Gives every item of `tijdlijn` its code (stored ones first) and stores the
    /// new ones, in one transaction: two processes never hand out one code twice.
    @discardableResult
    public func geefCodes(casus: String, _ tijdlijn: inout Tijdlijn) throws(WerkbankFout) -> [Stickercode] {
        var uit = tijdlijn
        let nieuw = try schrijf { db in try Self.geefCodes(casus: casus, &uit, db) }
        tijdlijn = uit
        return nieuw
    }

    static func geefCodes(casus: String, _ tijdlijn: inout Tijdlijn, _ db: Database) throws -> [Stickercode] {
        let nieuw = Stickercodes.geef(try codeboek(casus: casus, voor: tijdlijn, db), aan: &tijdlijn)
        for c in nieuw {
            let anker = tijdlijn.anker(voor: c.item)
            try db.execute(sql: """
                INSERT INTO stickercode (casus, code, item, anker_soort, anker_kenmerk, gegeven_op)
                VALUES (?, ?, ?, ?, ?, datetime('now'))
                """, arguments: [casus, c.code, c.item, anker?.soort, anker?.kenmerk])
        }
        return nieuw
    }

    static func codeboek(casus: String, voor tijdlijn: Tijdlijn, _ db: Database) throws -> Codeboek {
        let rijen = try Row.fetchAll(db, sql: "SELECT * FROM stickercode WHERE casus = ? ORDER BY rowid",
                                     arguments: [casus])
        let index = AnkerIndex(tijdlijn)
        return Codeboek(rijen.map { rij in
            var item: String = rij["item"]
            if case .verhuisd(let naar) = index.status(item: item, anker: anker(rij)),
               tijdlijn.huidigId(item) == nil {
                item = naar
            }
            return Stickercode(code: rij["code"], item: item)
        })
    }
}
