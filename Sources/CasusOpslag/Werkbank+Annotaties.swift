import Casus

/// An annotation as the workbench keeps it: numbered, with where it was placed.
public struct OpgeslagenAnnotatie: Sendable, Hashable {
    /// Stable number for `casus verwijder-annotatie`; never reused.
    public var nummer: Int64
    public var annotatie: Annotatie
    public var anker: ItemAnker?
    public var geplaatstOp: String

    public init(nummer: Int64, annotatie: Annotatie, anker: ItemAnker?, geplaatstOp: String) {
        self.nummer = nummer
        self.annotatie = annotatie
        self.anker = anker
        self.geplaatstOp = geplaatstOp
    }
}

extension Werkbank {
    /// Stores one smiley or sadney and logs it, in one transaction.
    @discardableResult
    public func annoteer(casus: String, _ annotatie: Annotatie, anker: ItemAnker?) throws(WerkbankFout) -> Int64 {
        try schrijf { db in
            try Self.bestaat(casus: casus, db)
            let nummer = try voegToe(annotatie, anker: anker, casus: casus, db)
            try log(db, .annoteer, casus: casus, wie: annotatie.door,
                    "#\(nummer) \(Self.beschrijf(annotatie))")
            return nummer
        }
    }

    func voegToe(_ ruw: Annotatie, anker: ItemAnker?, casus: String, _ db: any SQLVerbinding) throws -> Int64 {
        let a = ruw.schoon
        guard !a.door.isEmpty, !a.item.isEmpty else {
            throw WerkbankFout.ongeldig("een annotatie vraagt een item en wie haar plaatst (--door)")
        }
        return try db.voegIn(sql: """
            INSERT INTO annotatie (casus, item, soort, door, thema, toelichting,
                                   anker_soort, anker_kenmerk, geplaatst_op)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [casus, a.item, a.soort.rawValue, a.door, a.thema?.rawValue,
                             a.toelichting, anker?.soort, anker?.kenmerk, nu()])
    }

    /// Removes one annotation; the log keeps what it was.
    @discardableResult
    public func verwijderAnnotatie(casus: String, nummer: Int64, door: String) throws(WerkbankFout) -> Annotatie {
        try schrijf { db in
            try Self.bestaat(casus: casus, db)
            guard let rij = try db.rij(sql: "SELECT * FROM annotatie WHERE casus = ? AND id = ?",
                                             arguments: [casus, nummer]),
                  let oud = Self.annotatie(rij) else {
                throw WerkbankFout.onbekendeAnnotatie(casus: casus, nummer: nummer)
            }
            try db.execute(sql: "DELETE FROM annotatie WHERE id = ?", arguments: [nummer])
            try log(db, .verwijderAnnotatie, casus: casus, wie: door,
                    "#\(nummer) \(Self.beschrijf(oud.annotatie))")
            return oud.annotatie
        }
    }

    /// All annotations of a casus, in the order they were placed.
    public func annotaties(casus: String) throws(WerkbankFout) -> [OpgeslagenAnnotatie] {
        try lees { db in
            try Self.bestaat(casus: casus, db)
            return try Self.annotaties(casus: casus, db)
        }
    }

    static func annotaties(casus: String, _ db: any SQLVerbinding) throws -> [OpgeslagenAnnotatie] {
        try db.rijen(sql: "SELECT * FROM annotatie WHERE casus = ? ORDER BY id",
                         arguments: [casus]).compactMap(annotatie)
    }

    static func annotatie(_ rij: SQLRij) -> OpgeslagenAnnotatie? {
        guard let soort = AnnotatieSoort(rawValue: rij["soort"]) else { return nil }
        let themaTekst: String? = rij["thema"]
        return OpgeslagenAnnotatie(
            nummer: rij["id"],
            annotatie: Annotatie(item: rij["item"], soort: soort, door: rij["door"],
                                 thema: themaTekst.flatMap(Thema.init(rawValue:)),
                                 toelichting: rij["toelichting"]),
            anker: anker(rij), geplaatstOp: rij["geplaatst_op"])
    }

    /// The anker columns (`anker_soort`, `anker_kenmerk`) of a row.
    static func anker(_ rij: SQLRij) -> ItemAnker? {
        let soort: String? = rij["anker_soort"], kenmerk: String? = rij["anker_kenmerk"]
        guard let soort, let kenmerk else { return nil }
        return ItemAnker(soort: soort, kenmerk: kenmerk)
    }

    static func beschrijf(_ a: Annotatie) -> String {
        var tekst = "\(a.soort.rawValue) op \(a.item) door \(a.door)"
        if let thema = a.thema { tekst += " (thema \(thema.rawValue))" }
        if let toelichting = a.toelichting { tekst += ": \(toelichting)" }
        return tekst
    }
}
