import Foundation
import GRDB
import Testing
@testable import Casus
@testable import CasusOpslag

/// The whole session in the workbench (migration 003): a round trip through
/// importeer and exporteer gives back the same content, every change is in
/// the log, and a workbench of the previous release opens and migrates.
@Suite struct WerkbankHeleSessieTests {
    static func map(sessie: String) -> String {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format(), in: map)
        IntakeHulp.schrijf(sessie, naam: "sessie.yaml", in: map)
        return map
    }

    static func importeer(_ map: String, in wb: Werkbank) throws -> ImportVerslag {
        let invoer = ImportLezer.lees(paden: [map])
        try #require(!invoer.meldingen.heeftFouten, "\(invoer.meldingen)")
        return try WerkbankSamenvoeging.importeer(invoer, in: wb, door: "test")
    }

    static var volledig: String {
        SessieV2LezerTests.volledig.replacingOccurrences(of: "casus: c\n", with: "casus: test-2024-01\n")
    }

    @Test func importEnExportGevenDezelfdeInhoud() throws {
        let tmp = TijdelijkeMap()
        let wb = try Werkbank.open(pad: tmp.bestand("wb.sqlite"), maakAan: true)
        let bron = Self.map(sessie: Self.volledig)
        let verslag = try Self.importeer(bron, in: wb)
        #expect(verslag.sessie.keuzesGezet == 2 && verslag.sessie.oordelenGezet == 1)
        #expect(verslag.sessie.aanvullingenToegevoegd == 1 && verslag.sessie.evaluatiesToegevoegd == 1)
        let uit = tmp.bestand("uit")
        _ = try CasusExport.exporteer(casus: "test-2024-01", werkbank: wb, naar: uit, door: "test")
        let origineel = try #require(Intake.leesSessie(pad: bron + "/sessie.yaml").0)
        let (terug, meldingen) = Intake.leesSessie(pad: uit + "/sessie.yaml")
        #expect(meldingen.isEmpty, "\(meldingen)")
        #expect(terug == origineel)
        // Importing the export again adds nothing and logs nothing new.
        let regels = try wb.logboek(casus: "test-2024-01").count
        let opnieuw = try Self.importeer(uit, in: wb)
        #expect(opnieuw.sessie == SessieVerslag())
        #expect(try wb.logboek(casus: "test-2024-01").count == regels)
    }

    @Test func elkeToevoegingWijzigingEnVerwijderingStaatInHetLogboek() throws {
        let tmp = TijdelijkeMap()
        let wb = try Werkbank.open(pad: tmp.bestand("wb.sqlite"), maakAan: true)
        _ = try Self.importeer(Self.map(sessie: "sessie: sessie/2\ncasus: test-2024-01\n"), in: wb)
        let c = "test-2024-01"
        try wb.zetDeelnemer(casus: c, Deelnemer(id: "p1", rol: "wijkcoach"), door: "fac")
        try wb.zetDeelnemer(casus: c, Deelnemer(id: "p1", rol: "wijkcoach", checkIn: "Spannend."), door: "fac")
        try wb.verwijderDeelnemer(casus: c, id: "p1", door: "fac")
        _ = try SessieBewerking.vulGezinslidAan(casus: c, GezinslidAanvulling(id: "kind-1", eigenheid: "Speels.", door: "p1"), wie: "fac", in: wb)
        _ = try wb.vulGezinslidAan(casus: c, GezinslidAanvulling(id: "kind-1", blijVan: "Paarden.", door: "p1"), wie: "fac")
        #expect(try wb.sessie(casus: c).gezinsleden == [GezinslidAanvulling(id: "kind-1", eigenheid: "Speels.", blijVan: "Paarden.", door: "p1")])
        try wb.verwijderAanvulling(casus: c, gezinslid: "kind-1", door: "p1", wie: "fac")
        try wb.kies(casus: c, Keuze(item: "moeder", veld: "naam", tekst: "x"), door: "fac")
        try wb.kies(casus: c, Keuze(item: "moeder", veld: "naam", bron: "wijkcoach"), door: "fac")
        try wb.verwijderKeuze(casus: c, item: "moeder", veld: "naam", door: "fac")
        try wb.zetOordeel(casus: c, VisieOordeel(principe: 4, oordeel: .niet), door: "fac")
        try wb.zetOordeel(casus: c, VisieOordeel(principe: 4, oordeel: .deels), door: "fac")
        try wb.verwijderOordeel(casus: c, principe: 4, door: "fac")
        let a = try wb.legAfspraakVast(casus: c, Afspraak(wat: "Bellen."), door: "fac")
        try wb.wijzigAfspraak(casus: c, nummer: a, Afspraak(wat: "Bellen.", status: .gedaan), door: "fac")
        try wb.verwijderAfspraak(casus: c, nummer: a, door: "fac")
        let e = try wb.voegEvaluatieToe(casus: c, Evaluatie(door: "p1", tekst: "Goed."), wie: "fac")
        try wb.wijzigEvaluatie(casus: c, nummer: e, Evaluatie(door: "p1", tekst: "Heel goed."), wie: "fac")
        try wb.verwijderEvaluatie(casus: c, nummer: e, wie: "fac")

        let acties = try wb.logboek(casus: c).filter { $0.wie == "fac" }.map(\.actie)
        #expect(acties == ["deelnemer", "deelnemer", "verwijder-deelnemer", "gezinslid", "gezinslid", "verwijder-gezinslid",
                           "kies", "kies", "verwijder-keuze", "visie", "visie", "verwijder-visie",
                           "afspraak", "wijzig-afspraak", "verwijder-afspraak", "evaluatie", "wijzig-evaluatie", "verwijder-evaluatie"])
        let log = try wb.logboek(casus: c)
        #expect(log.contains { $0.actie == "gezinslid" && $0.details.contains("blij van: Paarden. (was kind-1 door p1 — eigenheid: Speels.)") })
        #expect(log.contains { $0.details.contains("principe 4 (proactief): deels (was niet)") })
        #expect(try wb.sessie(casus: c) == Sessie(casus: c))
    }

    @Test func eenOnmogelijkeWaardeWordtGeweigerd() throws {
        let tmp = TijdelijkeMap()
        let wb = try Werkbank.open(pad: tmp.bestand("wb.sqlite"), maakAan: true)
        _ = try Self.importeer(Self.map(sessie: "sessie: sessie/2\ncasus: test-2024-01\n"), in: wb)
        let c = "test-2024-01"
        #expect(throws: WerkbankFout.self) { try wb.zetOordeel(casus: c, VisieOordeel(principe: 9, oordeel: .wel), door: "f") }
        #expect(throws: WerkbankFout.self) { try wb.kies(casus: c, Keuze(item: "moeder", veld: "naam"), door: "f") }
        #expect(throws: WerkbankFout.self) { try wb.zetDeelnemer(casus: c, Deelnemer(rol: "wijkcoach"), door: "f") }
        #expect(throws: WerkbankFout.self) { try wb.verwijderAfspraak(casus: c, nummer: 99, door: "f") }
        #expect(throws: WerkbankFout.self) {
            try SessieBewerking.vulGezinslidAan(casus: c, GezinslidAanvulling(id: "kind-9", eigenheid: "x"), wie: "f", in: wb)
        }
        #expect(throws: WerkbankFout.self) {
            try SessieBewerking.zetOordeel(casus: c, VisieOordeel(principe: 1, oordeel: .wel, items: ["bestaat-niet"]), door: "f", in: wb)
        }
        #expect(throws: WerkbankFout.self) {
            try SessieBewerking.kies(casus: c, Keuze(item: "moeder", veld: "geboren", tekst: "ooit"), door: "f", in: wb)
        }
        #expect(try wb.sessie(casus: c) == Sessie(casus: c))
    }

    @Test func eenWerkbankVan002KrijgtDeDeelnemersInDeNieuweTabel() throws {
        let tmp = TijdelijkeMap()
        let pad = tmp.bestand("wb.sqlite")
        FileManager.default.createFile(atPath: pad, contents: nil)
        let queue = try DatabaseQueue(path: pad)
        try queue.inTransaction(.immediate) { db in
            try Migraties.breng(db, pad: pad, migraties: Array(Migraties.alle.prefix { $0.naam != "004-hele-sessie" }))
            try db.execute(sql: "INSERT INTO casus (id, aangemaakt_op) VALUES ('oud', 'toen')")
            try db.execute(sql: """
                INSERT INTO sessie_gegevens (casus, datum, facilitator, deelnemers)
                VALUES ('oud', '2024-02-13', 'Annemiek', '["wijkcoach","school"]')
                """)
            try db.execute(sql: "INSERT INTO afspraak (casus, tekst, door, op) VALUES ('oud', 'Bellen.', 'x', 'toen')")
            return .commit
        }
        try queue.close()
        let wb = try Werkbank.open(pad: pad)
        let sessie = try wb.sessie(casus: "oud")
        #expect(sessie.deelnemers == ["wijkcoach", "school"])
        #expect(sessie.facilitator == "Annemiek")
        #expect(sessie.afspraken == ["Bellen."])
        try wb.zetDeelnemer(casus: "oud", Deelnemer(id: "p1", rol: "gedragswetenschapper"), door: "x")
        #expect(try wb.sessie(casus: "oud").deelnemers.count == 3)
    }
}
