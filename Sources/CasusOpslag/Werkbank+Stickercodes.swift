import Foundation
import Casus

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

    /// `index`: `tijdlijn`'s anker index when the caller has it (giving codes leaves it as it is).
    static func geefCodes(casus: String, _ tijdlijn: inout Tijdlijn, index: AnkerIndex? = nil,
                          _ db: any SQLVerbinding) throws -> [Stickercode] {
        // One index, not a scan per code: per code it was quadratic (1,000 formats: 65 s).
        let index = index ?? AnkerIndex(tijdlijn)
        let nieuw = Stickercodes.geef(try codeboek(casus: casus, voor: tijdlijn, index: index, db), aan: &tijdlijn)
        for c in nieuw {
            let anker = index.anker(voor: c.item)
            try db.execute(sql: """
                INSERT INTO stickercode (casus, code, item, anker_soort, anker_kenmerk, gegeven_op)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [casus, c.code, c.item, anker?.soort, anker?.kenmerk, Tijdstempel.tekst(Date())])
        }
        return nieuw
    }

    static func codeboek(casus: String, voor tijdlijn: Tijdlijn, index: AnkerIndex? = nil,
                         _ db: any SQLVerbinding) throws -> Codeboek {
        // Per letter in number order, which is the order they were given; the
        // same on SQLite and PostgreSQL (which has no rowid).
        let rijen = try db.rijen(sql: """
            SELECT * FROM stickercode WHERE casus = ?
            ORDER BY substr(code, 1, 1), CAST(substr(code, 2) AS INTEGER), code
            """,
                                     arguments: [casus])
        let index = index ?? AnkerIndex(tijdlijn)
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
