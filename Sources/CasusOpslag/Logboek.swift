import Casus

/// What a change to the workbench was.
public enum LogboekActie: String, Sendable, Hashable, Codable, CaseIterable {
    case importeer
    case annoteer
    case verwijderAnnotatie = "verwijder-annotatie"
    case verhuisAnnotatie = "verhuis-annotatie"
    case koppel
    case ontkoppel
    case verwijderCorrectie = "verwijder-correctie"
    case afspraak
    case exporteer
    case sessiegegevens
    case deelnemer
    case verwijderDeelnemer = "verwijder-deelnemer"
    case gezinslid
    case verwijderGezinslid = "verwijder-gezinslid"
    case kies
    case verwijderKeuze = "verwijder-keuze"
    case visie
    case verwijderVisie = "verwijder-visie"
    case wijzigAfspraak = "wijzig-afspraak"
    case verwijderAfspraak = "verwijder-afspraak"
    case evaluatie
    case wijzigEvaluatie = "wijzig-evaluatie"
    case verwijderEvaluatie = "verwijder-evaluatie"
    case aanmelding
    case sessiestap

    /// Dutch, for `casus logboek`.
    public var omschrijving: String {
        switch self {
        case .importeer: "importeerde"
        case .annoteer: "annoteerde"
        case .verwijderAnnotatie: "verwijderde annotatie"
        case .verhuisAnnotatie: "verhuisde annotatie"
        case .koppel: "koppelde"
        case .ontkoppel: "ontkoppelde"
        case .verwijderCorrectie: "verwijderde correctie"
        case .afspraak: "legde afspraak vast"
        case .exporteer: "exporteerde"
        case .sessiegegevens: "legde sessiegegevens vast"
        case .deelnemer: "legde deelnemer vast"
        case .verwijderDeelnemer: "verwijderde deelnemer"
        case .gezinslid: "vulde gezinslid aan"
        case .verwijderGezinslid: "verwijderde aanvulling op gezinslid"
        case .kies: "koos getoonde waarde"
        case .verwijderKeuze: "verwijderde keuze"
        case .visie: "legde oordeel over principe vast"
        case .verwijderVisie: "verwijderde oordeel over principe"
        case .wijzigAfspraak: "wijzigde afspraak"
        case .verwijderAfspraak: "verwijderde afspraak"
        case .evaluatie: "legde evaluatie vast"
        case .wijzigEvaluatie: "wijzigde evaluatie"
        case .verwijderEvaluatie: "verwijderde evaluatie"
        case .aanmelding: "meldde zich aan"
        case .sessiestap: "ging naar stap"
        }
    }
}

/// One line of the audit log: who did what when.
public struct LogboekRegel: Sendable, Hashable, Codable, CustomStringConvertible {
    public var nummer: Int64
    /// ISO 8601, UTC.
    public var op: String
    public var wie: String
    /// The raw action word (`LogboekActie`), kept as text so a log written by a
    /// newer casus still reads.
    public var actie: String
    public var casus: String?
    public var details: String

    public var description: String {
        let wat = LogboekActie(rawValue: actie)?.omschrijving ?? actie
        return "\(op)  \(wie) \(wat): \(details)"
    }
}

extension Werkbank {
    /// Appends to the log inside the caller's transaction, so a change and its
    /// log line land together or not at all.
    func log(_ db: any SQLVerbinding, _ actie: LogboekActie, casus: String?, wie: String,
             _ details: String) throws {
        try db.execute(
            sql: "INSERT INTO logboek (op, wie, actie, casus, details) VALUES (?, ?, ?, ?, ?)",
            arguments: [nu(), wie, actie.rawValue, casus, details])
    }

    /// The log of one casus, oldest first; all of it when `casus` is nil.
    public func logboek(casus: String?) throws(WerkbankFout) -> [LogboekRegel] {
        try lees { db in
            let rijen: [SQLRij]
            if let casus {
                try Self.bestaat(casus: casus, db)
                rijen = try db.rijen(sql: "SELECT * FROM logboek WHERE casus = ? ORDER BY id",
                                         arguments: [casus])
            } else {
                rijen = try db.rijen(sql: "SELECT * FROM logboek ORDER BY id")
            }
            return rijen.map { rij in
                LogboekRegel(nummer: rij["id"], op: rij["op"], wie: rij["wie"],
                             actie: rij["actie"],
                             casus: rij["casus"], details: rij["details"])
            }
        }
    }

    /// Throws a Dutch error naming the known casussen when `casus` is not stored.
    static func bestaat(casus: String, _ db: any SQLVerbinding) throws {
        let aantal = try db.getal(sql: "SELECT count(*) FROM casus WHERE id = ?",
                                      arguments: [casus])
        if aantal == 0 {
            let bekend = try db.teksten(sql: "SELECT id FROM casus ORDER BY id")
            throw WerkbankFout.onbekendeCasus(casus, bekend: bekend)
        }
    }
}
