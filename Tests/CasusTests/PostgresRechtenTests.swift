import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag

/// The roles and grants of docs/postgresql.md, as written there: a
/// facilitator can do a session's work and read and extend the log, and the
/// server refuses anything else on the log, whatever program connects.
@Suite struct PostgresRechtenTests {
    @Test(arguments: Motor.alleenPostgres) func eenFacilitatorWerktMaarKanHetLogboekNietWissen(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let beheer = try StoreVoorbeeld.werkbank(in: opslag)
        let adres = try #require(try PostgresAdres(tekst: opslag.adres))
        let achtervoegsel = UUID().uuidString.prefix(8).lowercased()
        let groep = "casus_facilitator_\(achtervoegsel)", petra = "petra_\(achtervoegsel)"
        let direct = try PostgresVerbinding.maak(adres)
        defer {
            for sql in ["REASSIGN OWNED BY \(petra) TO CURRENT_USER", "DROP OWNED BY \(petra)", "DROP OWNED BY \(groep)",
                        "DROP ROLE IF EXISTS \(petra)", "DROP ROLE IF EXISTS \(groep)"] {
                _ = try? direct.rijen(sql: sql, arguments: [])
            }
            direct.sluit()
        }
        for sql in [
            "CREATE ROLE \(groep) NOLOGIN",
            "REVOKE ALL ON SCHEMA public FROM PUBLIC",
            "GRANT USAGE ON SCHEMA public TO \(groep)",
            "GRANT SELECT ON casus_migratie TO \(groep)",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON casus, bron, format_versie, annotatie, correctie, afspraak, sessie_gegevens, stickercode, deelnemer, gezinslid_aanvulling, keuze, visie, evaluatie TO \(groep)",
            "GRANT SELECT, INSERT ON logboek TO \(groep)",
            "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \(groep)",
            "CREATE ROLE \(petra) LOGIN PASSWORD 'petra-wachtwoord' IN ROLE \(groep)",
        ] { _ = try direct.rijen(sql: sql, arguments: []) }

        var alsPetra = try #require(URLComponents(string: opslag.adres))
        alsPetra.user = petra
        alsPetra.password = "petra-wachtwoord"
        let wb = try Werkbank.open(pad: try #require(alsPetra.string))
        let nummer = try wb.annoteer(casus: "c", Annotatie(item: "i", soort: .smiley, door: "Petra"), anker: nil)
        try wb.verwijderAnnotatie(casus: "c", nummer: nummer, door: "Petra")
        _ = try wb.importeer([StoreVoorbeeld.format("c", tekst: "versie 2\n")], sessies: [], door: "Petra") { _, _, _ in nil }
        #expect(try wb.logboek(casus: "c").count == 4)

        for sql in ["DELETE FROM logboek", "UPDATE logboek SET wie = 'x'", "TRUNCATE logboek", "DROP TRIGGER logboek_niet_wijzigen ON logboek"] {
            do {
                try wb.schrijf { try $0.execute(sql: sql) }
                Issue.record("de server liet toe: \(sql)")
            } catch let fout {
                // Typed throws: a WerkbankFout, printed in Dutch.
                #expect(fout.description.contains("fout: "), "\(sql): \(fout)")
            }
        }
        #expect(try beheer.logboek(casus: nil).count == 4)
    }
}
