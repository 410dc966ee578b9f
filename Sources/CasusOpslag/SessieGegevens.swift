import Foundation
import GRDB
import Casus

/// The session's own data in the workbench: date and facilitator (migration
/// 002), participants (003). Unlike annotations these describe the session as
/// a whole, so a re-import with other values replaces them; what `sessie.yaml`
/// leaves out is kept (an import never removes).
extension Werkbank {
    func werkSessieGegevensBij(_ sessie: Sessie, door: String, _ db: Database,
                               verslag: inout SessieVerslag) throws {
        let casus = sessie.casus
        let oud = try Self.sessieGegevens(casus: casus, db)
        var nieuw = oud
        if let datum = sessie.datum { nieuw.datum = datum }
        if let facilitator = sessie.facilitator?.bijgesnedenOfNil { nieuw.facilitator = facilitator }
        let deelnemers = sessie.deelnemers.map(\.schoon).filter { !$0.rol.isEmpty }
        if !deelnemers.isEmpty { nieuw.deelnemers = deelnemers }

        var wijzigingen: [String] = []
        if nieuw.datum?.tekst != oud.datum?.tekst {
            wijzigingen.append("datum \(nieuw.datum?.tekst ?? "-")" + (oud.datum.map { " (was \($0.tekst))" } ?? ""))
        }
        if nieuw.facilitator != oud.facilitator {
            wijzigingen.append("facilitator \(nieuw.facilitator ?? "-")" + (oud.facilitator.map { " (was \($0))" } ?? ""))
        }
        if nieuw.deelnemers != oud.deelnemers {
            let was = oud.deelnemers.isEmpty ? "" : " (was \(oud.deelnemers.map(\.beschrijving).joined(separator: ", ")))"
            wijzigingen.append("deelnemers \(nieuw.deelnemers.map(\.beschrijving).joined(separator: ", "))\(was)")
            try db.execute(sql: "DELETE FROM deelnemer WHERE casus = ?", arguments: [casus])
            for deelnemer in nieuw.deelnemers { try voegToe(deelnemer, casus: casus, db) }
        }
        guard !wijzigingen.isEmpty else { return }
        verslag.sessiegegevens = wijzigingen
        try db.execute(sql: """
            INSERT INTO sessie_gegevens (casus, datum, facilitator) VALUES (?, ?, ?)
            ON CONFLICT (casus) DO UPDATE SET datum = excluded.datum, facilitator = excluded.facilitator
            """, arguments: [casus, nieuw.datum?.tekst, nieuw.facilitator])
        try log(db, .sessiegegevens, casus: casus, wie: door,
                wijzigingen.joined(separator: "; ") + " (uit sessie.yaml)")
    }

    /// The stored date, facilitator and participants (all empty when never imported).
    static func sessieGegevens(casus: String, _ db: Database) throws -> Sessie {
        var sessie = Sessie(casus: casus)
        sessie.deelnemers = try deelnemers(casus: casus, db)
        guard let rij = try Row.fetchOne(db, sql: "SELECT * FROM sessie_gegevens WHERE casus = ?",
                                         arguments: [casus]) else { return sessie }
        let datum: String? = rij["datum"]
        // Stored only after intake read it, so it parses; if not, it is left out rather than trapping.
        sessie.datum = datum.flatMap(DatumParser.parse)
        sessie.facilitator = rij["facilitator"]
        return sessie
    }
}
