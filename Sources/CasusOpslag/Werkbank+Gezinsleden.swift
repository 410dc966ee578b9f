import GRDB
import Casus

/// An addition to a family member as the workbench keeps it.
public struct OpgeslagenAanvulling: Sendable, Hashable {
    public var nummer: Int64
    public var aanvulling: GezinslidAanvulling
}

/// Step 2: what the group added about each family member. One entry per
/// member and `door`: `casus gezinslid` again with the same door changes the
/// fields it names; removal is by member and door.
extension Werkbank {
    @discardableResult
    public func vulGezinslidAan(casus: String, _ ruw: GezinslidAanvulling, wie: String) throws(WerkbankFout) -> Int64 {
        let nieuw = ruw.schoon
        guard !nieuw.id.isEmpty, !nieuw.isLeeg else {
            throw WerkbankFout.ongeldig("een aanvulling noemt het gezinslid en minstens één van --eigenheid, --blij-van, --mechanisme")
        }
        return try schrijf { db in
            try Self.bestaat(casus: casus, db)
            if let oud = try Self.aanvullingen(casus: casus, db)
                .first(where: { $0.aanvulling.id == nieuw.id && $0.aanvulling.door == nieuw.door }) {
                var samen = oud.aanvulling
                samen.eigenheid = nieuw.eigenheid ?? samen.eigenheid
                samen.blijVan = nieuw.blijVan ?? samen.blijVan
                samen.mechanisme = nieuw.mechanisme ?? samen.mechanisme
                try db.execute(sql: "UPDATE gezinslid_aanvulling SET eigenheid = ?, blij_van = ?, mechanisme = ?, op = ? WHERE id = ?",
                               arguments: [samen.eigenheid, samen.blijVan, samen.mechanisme, nu(), oud.nummer])
                try log(db, .gezinslid, casus: casus, wie: wie,
                        "#\(oud.nummer) \(Self.beschrijf(samen)) (was \(Self.beschrijf(oud.aanvulling)))")
                return oud.nummer
            }
            let nummer = try voegToe(nieuw, casus: casus, db)
            try log(db, .gezinslid, casus: casus, wie: wie, "#\(nummer) \(Self.beschrijf(nieuw))")
            return nummer
        }
    }

    public func verwijderAanvulling(casus: String, gezinslid: String, door: String?, wie: String) throws(WerkbankFout) {
        try schrijf { db in
            try Self.bestaat(casus: casus, db)
            guard let oud = try Self.aanvullingen(casus: casus, db)
                .first(where: { $0.aanvulling.id == gezinslid && $0.aanvulling.door == door?.bijgesnedenOfNil }) else {
                throw WerkbankFout.ongeldig("er is geen aanvulling op \(gezinslid)" + (door.map { " door \($0)" } ?? "")
                    + " in casus '\(casus)'; `casus toon \(casus)` laat de aanvullingen zien")
            }
            try db.execute(sql: "DELETE FROM gezinslid_aanvulling WHERE id = ?", arguments: [oud.nummer])
            try log(db, .verwijderGezinslid, casus: casus, wie: wie, "#\(oud.nummer) \(Self.beschrijf(oud.aanvulling))")
        }
    }

    func voegToe(_ a: GezinslidAanvulling, casus: String, _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO gezinslid_aanvulling (casus, gezinslid, eigenheid, blij_van, mechanisme, door, op)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [casus, a.id, a.eigenheid, a.blijVan, a.mechanisme, a.door, nu()])
        return db.lastInsertedRowID
    }

    static func aanvullingen(casus: String, _ db: Database) throws -> [OpgeslagenAanvulling] {
        try Row.fetchAll(db, sql: "SELECT * FROM gezinslid_aanvulling WHERE casus = ? ORDER BY id",
                         arguments: [casus]).map {
            OpgeslagenAanvulling(nummer: $0["id"], aanvulling: GezinslidAanvulling(
                id: $0["gezinslid"], eigenheid: $0["eigenheid"], blijVan: $0["blij_van"],
                mechanisme: $0["mechanisme"], door: $0["door"]))
        }
    }

    static func beschrijf(_ a: GezinslidAanvulling) -> String {
        let delen = [("eigenheid", a.eigenheid), ("blij van", a.blijVan), ("mechanisme", a.mechanisme)]
            .compactMap { naam, waarde in waarde.map { "\(naam): \($0)" } }
        return "\(a.id)" + (a.door.map { " door \($0)" } ?? "") + " — " + delen.joined(separator: "; ")
    }
}
