import Casus
import Foundation

/// One row of the `bewaarde_analyse` table as stored: the keys it was computed with, and the
/// JSON texts (decoded by `WerkbankAnalyse`, outside the database's lock).
public struct BewaardeAnalyseRij: Sendable, Hashable {
    public var sleutel: String
    public var tijdlijnSleutel: String
    public var tijdlijn: String
    /// nil when only the timeline was read.
    public var rest: String?
}

extension Werkbank {
    /// The key as it stands now and the stored row, in one consistent read. With
    /// `alleenTijdlijn` the rest is not read (a write only checks its items).
    public func bewaardeAnalyse(casus: String, instellingen: PatroonInstellingen,
                                alleenTijdlijn: Bool) throws(WerkbankFout) -> (AnalyseSleutel, BewaardeAnalyseRij?) {
        try lees { db in
            let sleutel = try AnalyseSleutel.lees(casus: casus, instellingen: instellingen, db)
            let kolommen = alleenTijdlijn ? "sleutel, tijdlijn_sleutel, tijdlijn" : "sleutel, tijdlijn_sleutel, tijdlijn, rest"
            let rij = try db.rij(sql: "SELECT \(kolommen) FROM bewaarde_analyse WHERE casus = ?", arguments: [casus]).map {
                BewaardeAnalyseRij(sleutel: $0["sleutel"], tijdlijnSleutel: $0["tijdlijn_sleutel"],
                                   tijdlijn: $0["tijdlijn"], rest: $0["rest"] as String?)
            }
            return (sleutel, rij)
        }
    }

    /// Stores (or replaces) the analysis of `casus`. Derived data: not in the audit log.
    /// A casus removed meanwhile stores nothing.
    public func bewaarAnalyse(casus: String, _ rij: BewaardeAnalyseRij) throws(WerkbankFout) {
        try schrijf { db in
            try db.execute(sql: """
                INSERT INTO bewaarde_analyse (casus, sleutel, tijdlijn_sleutel, tijdlijn, rest)
                SELECT id, ?, ?, ?, ? FROM casus WHERE id = ?
                ON CONFLICT (casus) DO UPDATE SET sleutel = excluded.sleutel,
                    tijdlijn_sleutel = excluded.tijdlijn_sleutel, tijdlijn = excluded.tijdlijn, rest = excluded.rest
                """, arguments: [rij.sleutel, rij.tijdlijnSleutel, rij.tijdlijn, rij.rest ?? "{}", casus])
        }
    }
}

/// The last timeline read per casus, with the key it was stored under: a session placing
/// stickies one after another checks each against it without decoding the JSON again.
final class TijdlijnGeheugen: @unchecked Sendable {
    private var perCasus: [String: (sleutel: String, tijdlijn: Tijdlijn)] = [:]
    private let slot = NSLock()

    func haal(_ casus: String, sleutel: String) -> Tijdlijn? {
        slot.withLock { perCasus[casus].flatMap { $0.sleutel == sleutel ? $0.tijdlijn : nil } }
    }

    func zet(_ casus: String, sleutel: String, _ tijdlijn: Tijdlijn) {
        slot.withLock { perCasus[casus] = (sleutel, tijdlijn) }
    }
}

extension Werkbank {
    /// The stored merged timeline when its inputs are unchanged (annotations do not
    /// change it), else nil. Decoded once per key in this process.
    public func bewaardeTijdlijn(casus: String) throws(WerkbankFout) -> Tijdlijn? {
        let (sleutel, onthouden, tekst): (String, Tijdlijn?, String?) = try lees { db in
            let sleutel = try AnalyseSleutel.lees(casus: casus, instellingen: .standaard, db).tijdlijn
            let bewaard = try db.rij(sql: "SELECT tijdlijn_sleutel FROM bewaarde_analyse WHERE casus = ?",
                                     arguments: [casus]).flatMap { $0["tijdlijn_sleutel"] as String? }
            guard bewaard == sleutel else { return (sleutel, nil, nil) }
            if let t = tijdlijnGeheugen.haal(casus, sleutel: sleutel) { return (sleutel, t, nil) }
            let tekst = try db.rij(sql: "SELECT tijdlijn FROM bewaarde_analyse WHERE casus = ?",
                                   arguments: [casus]).flatMap { $0["tijdlijn"] as String? }
            return (sleutel, nil, tekst)
        }
        if let onthouden { return onthouden }
        guard let tekst, let t = try? AnalyseJSON.tijdlijn(tekst) else { return nil }
        tijdlijnGeheugen.zet(casus, sleutel: sleutel, t)
        return t
    }
}
