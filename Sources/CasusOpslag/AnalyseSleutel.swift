import Casus

/// Which inputs a stored analysis was computed from. Every change to a casus in the
/// workbench (a format version, an annotation, a correction, any session entry) is
/// written together with its line in the append-only audit log, in one transaction;
/// so the number of log lines of the casus and the highest line number name its
/// inputs exactly (the count also catches a line that commits late with a lower
/// number on PostgreSQL). With the engine's version and the pattern settings this is
/// the key: when it differs, the stored result is stale.
public struct AnalyseSleutel: Sendable, Hashable {
    /// Raise when intake, merge or detection changes what they produce: every stored
    /// analysis becomes stale at once.
    public static let motorVersie = "casus-analyse/1"

    /// Log actions that cannot change the merged timeline: a write of these keeps the
    /// stored timeline valid for checking items, though the whole analysis is stale.
    static let zonderInvloedOpTijdlijn = ["annoteer", "verwijder-annotatie", "verhuis-annotatie", "exporteer"]
    /// Log actions that change no input at all.
    static let zonderInvloed = ["exporteer"]

    /// Over every input: formats, session, settings, engine.
    public var geheel: String
    /// Over what the merged timeline depends on: formats and corrections, engine.
    public var tijdlijn: String

    /// The key as it stands in the workbench now (inside the caller's read): both
    /// states from one pass over the casus's log lines.
    static func lees(casus: String, instellingen: PatroonInstellingen, _ db: any SQLVerbinding) throws -> AnalyseSleutel {
        try lees(casussen: [casus], instellingen: instellingen, db)[casus] ?? maak(nil, instellingen)
    }

    /// The keys of many casussen in one query (rode-draden reads a block at a time).
    static func lees(casussen: [String], instellingen: PatroonInstellingen,
                     _ db: any SQLVerbinding) throws -> [String: AnalyseSleutel] {
        func lijst(_ acties: [String]) -> String { acties.map { "'\($0)'" }.joined(separator: ", ") }
        let plekken = casussen.map { _ in "?" }.joined(separator: ", ")
        let rijen = try db.rijen(sql: """
            SELECT casus, count(*) AS n, max(id) AS hoogste,
                   sum(CASE WHEN actie IN (\(lijst(zonderInvloedOpTijdlijn))) THEN 0 ELSE 1 END) AS n_tijdlijn,
                   max(CASE WHEN actie IN (\(lijst(zonderInvloedOpTijdlijn))) THEN NULL ELSE id END) AS hoogste_tijdlijn
            FROM logboek WHERE casus IN (\(plekken)) AND actie NOT IN (\(lijst(zonderInvloed)))
            GROUP BY casus
            """, arguments: casussen.map { $0 as any SQLArgument })
        var uit: [String: AnalyseSleutel] = [:]
        for rij in rijen { uit[rij["casus"]] = maak(rij, instellingen) }
        // A casus without log lines (none in practice) has the empty state.
        for casus in casussen where uit[casus] == nil { uit[casus] = maak(nil, instellingen) }
        return uit
    }

    private static func maak(_ rij: SQLRij?, _ instellingen: PatroonInstellingen) -> AnalyseSleutel {
        func stand(_ n: String, _ hoogste: String) -> String {
            "\(rij?[n] as Int64? ?? 0):\(rij?[hoogste] as Int64? ?? 0)"
        }
        return AnalyseSleutel(
            geheel: "\(motorVersie);log=\(stand("n", "hoogste"));patronen=\(instellingen.sleuteltekst)",
            tijdlijn: "\(motorVersie);log=\(stand("n_tijdlijn", "hoogste_tijdlijn"))")
    }
}

extension PatroonInstellingen {
    /// The settings as one canonical line (sorted), for the key.
    var sleuteltekst: String {
        let waarden = waarden.sorted { $0.key < $1.key }.flatMap { patroon, sleutels in
            sleutels.sorted { $0.key < $1.key }.map { "\(patroon).\($0.key)=\($0.value)" }
        }
        let uit = uit.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value ? "uit" : "aan")" }
        return (waarden + uit).joined(separator: ",")
    }
}
