import Testing
@testable import Casus
@testable import CasusOpslag

/// What `casus sessie` keeps (migration 005-websessie), on both engines: the
/// key and code survive a reopen, participants who join get ids no one has
/// and become deelnemers of the session, and a step change is logged.
@Suite struct WebSessieOpslagTests {
    @Test(arguments: Motor.alle) func sleutelEnCodeBlijvenNaHeropenen(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        defer { withExtendedLifetime(opslag) {} }
        let wb = try StoreVoorbeeld.werkbank(in: opslag)
        let eerste = try wb.webSessie(casus: "c") { ("s1", "ABC123") }
        let opnieuw = try opslag.open(maakAan: false).webSessie(casus: "c") { ("s2", "XYZ789") }
        #expect(eerste == WebSessieStand(sleutel: "s1", code: "ABC123", stap: 1))
        #expect(opnieuw == eerste)
    }

    @Test(arguments: Motor.alle) func aanmeldenGeeftEenVrijIdEnMaaktEenDeelnemer(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        defer { withExtendedLifetime(opslag) {} }
        let wb = try StoreVoorbeeld.werkbank(in: opslag)
        _ = try wb.zetDeelnemer(casus: "c", Deelnemer(id: "w1", rol: "voorzitter"), door: "test")
        let a = try wb.meldWebDeelnemerAan(casus: "c", Deelnemer(rol: "wijkcoach", organisatie: "Wijkteam",
                                                                  checkIn: "benieuwd"), vingerafdruk: "f1")
        let b = try wb.meldWebDeelnemerAan(casus: "c", Deelnemer(rol: "mentor"), vingerafdruk: "f2")
        #expect([a.id, b.id] == ["w2", "w3"])
        #expect(try wb.webDeelnemers(casus: "c").map(\.id) == ["w2", "w3"])
        let deelnemers = try wb.sessie(casus: "c").deelnemers
        #expect(deelnemers.contains(Deelnemer(id: "w2", rol: "wijkcoach", organisatie: "Wijkteam", checkIn: "benieuwd")))
        #expect(try wb.logboek(casus: "c").contains { $0.actie == LogboekActie.aanmelding.rawValue && $0.wie == "w2" })
    }

    @Test(arguments: Motor.alle) func eenLegeRolWordtGeweigerd(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        defer { withExtendedLifetime(opslag) {} }
        let wb = try StoreVoorbeeld.werkbank(in: opslag)
        #expect(throws: WerkbankFout.self) {
            try wb.meldWebDeelnemerAan(casus: "c", Deelnemer(rol: "  "), vingerafdruk: "f1")
        }
        #expect(try wb.webDeelnemers(casus: "c").isEmpty)
    }

    @Test(arguments: Motor.alle) func deStapBlijftEnStaatInHetLogboek(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        defer { withExtendedLifetime(opslag) {} }
        let wb = try StoreVoorbeeld.werkbank(in: opslag)
        _ = try wb.webSessie(casus: "c") { ("s", "C") }
        try wb.zetSessieStap(casus: "c", stap: 3, door: "facilitator")
        #expect(try opslag.open(maakAan: false).webSessie(casus: "c") { ("x", "y") }.stap == 3)
        #expect(try wb.logboek(casus: "c").contains { $0.actie == LogboekActie.sessiestap.rawValue && $0.details == "stap 3" })
    }
}
