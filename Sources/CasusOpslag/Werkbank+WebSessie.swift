import Casus

/// The live session's keys and step, as the workbench keeps them.
public struct WebSessieStand: Sendable, Hashable {
    /// The facilitator's key (`?sleutel=`).
    public var sleutel: String
    /// The participants' short code.
    public var code: String
    /// Where the facilitator is: 1–4 the steps of the session, 5 and 6 the principles and agreements of step 4, 7 the closing.
    public var stap: Int
}

/// A participant who joined from their phone.
public struct WebDeelnemer: Sendable, Hashable {
    public var id: String
    public var rol: String
    public var naam: String?
    public var organisatie: String?
    /// What they said when they came in (step 1).
    public var checkIn: String?
    /// SHA-256 of their cookie.
    public var vingerafdruk: String

    public init(id: String, rol: String, naam: String?, organisatie: String? = nil, checkIn: String? = nil,
                vingerafdruk: String) {
        self.id = id
        self.rol = rol
        self.naam = naam
        self.organisatie = organisatie
        self.checkIn = checkIn
        self.vingerafdruk = vingerafdruk
    }
}

/// What the live session (`casus sessie`) keeps beyond the session's own data
/// (migration 005-websessie), on SQLite and PostgreSQL alike.
extension Werkbank {
    /// The stored keys of the casus's live session; made with `nieuw` the first time.
    public func webSessie(casus: String,
                          nieuw: () -> (sleutel: String, code: String)) throws(WerkbankFout) -> WebSessieStand {
        try schrijf { db in
            try Self.bestaat(casus: casus, db)
            if let rij = try db.rij(sql: "SELECT * FROM web_sessie WHERE casus = ?", arguments: [casus]) {
                return WebSessieStand(sleutel: rij["sleutel"], code: rij["code"], stap: rij["stap"])
            }
            let (sleutel, code) = nieuw()
            try db.execute(sql: "INSERT INTO web_sessie (casus, sleutel, code) VALUES (?, ?, ?)",
                           arguments: [casus, sleutel, code])
            return WebSessieStand(sleutel: sleutel, code: code, stap: 1)
        }
    }

    /// The facilitator moves the session to another step.
    public func zetSessieStap(casus: String, stap: Int, door: String) throws(WerkbankFout) {
        try schrijf { db in
            try Self.bestaat(casus: casus, db)
            try db.execute(sql: "UPDATE web_sessie SET stap = ? WHERE casus = ?", arguments: [stap, casus])
            try log(db, .sessiestap, casus: casus, wie: door, "stap \(stap)")
        }
    }

    /// A participant joins: numbered w1, w2, … (w: joined on the web), an id no
    /// other participant of the casus has. They become a deelnemer of the session
    /// (step 1, exported in sessie.yaml) in the same transaction.
    public func meldWebDeelnemerAan(casus: String, _ ruw: Deelnemer,
                                    vingerafdruk: String) throws(WerkbankFout) -> WebDeelnemer {
        var d = ruw.schoon
        guard !d.rol.isEmpty else { throw WerkbankFout.ongeldig("een deelnemer vraagt een rol") }
        return try schrijf { db in
            try Self.bestaat(casus: casus, db)
            let bezet = Set(try Self.deelnemers(casus: casus, db).compactMap(\.id))
                .union(try db.teksten(sql: "SELECT sleutel FROM web_deelnemer WHERE casus = ?", arguments: [casus]))
            d.id = "w\((1...).first { !bezet.contains("w\($0)") } ?? 1)"
            let deelnemer = WebDeelnemer(id: d.id ?? "", rol: d.rol, naam: d.naam, organisatie: d.organisatie,
                                         checkIn: d.checkIn, vingerafdruk: vingerafdruk)
            try db.execute(sql: """
                INSERT INTO web_deelnemer (casus, sleutel, rol, naam, vingerafdruk, sinds) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [casus, deelnemer.id, d.rol, d.naam, vingerafdruk, nu()])
            try voegToe(d, casus: casus, db)
            // The log names the role only: names stay out of what may be shared.
            try log(db, .aanmelding, casus: casus, wie: deelnemer.id, "\(deelnemer.id) als \(d.rol)")
            return deelnemer
        }
    }

    /// Everyone who joined the live session, in the order they joined.
    public func webDeelnemers(casus: String) throws(WerkbankFout) -> [WebDeelnemer] {
        try lees { db in
            // Organisation and check-in as the session has them now (`casus deelnemer` may change them).
            try db.rijen(sql: """
                SELECT w.sleutel, w.rol, w.naam, w.vingerafdruk, d.organisatie, d.check_in FROM web_deelnemer w
                LEFT JOIN deelnemer d ON d.casus = w.casus AND d.sleutel = w.sleutel
                WHERE w.casus = ? ORDER BY w.id
                """, arguments: [casus]).map { rij in
                WebDeelnemer(id: rij["sleutel"], rol: rij["rol"], naam: rij["naam"], organisatie: rij["organisatie"],
                             checkIn: rij["check_in"], vingerafdruk: rij["vingerafdruk"])
            }
        }
    }

    /// SHA-256 in hex: how a cookie is kept and looked up.
    public static func vingerafdruk(_ geheim: String) -> String { Vingerafdruk.hex(geheim) }
}
