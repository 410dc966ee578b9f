import Foundation
import GRDB
import Testing
@testable import Casus
@testable import CasusOpslag

/// Date, facilitator and participants of a session survive the workbench
/// (migration 002), and an older binary refuses a workbench that has 002.
@Suite struct SessieGegevensTests {
    static let hengelo = Repo.pad("examples/hengelo-2024-02")

    static func importeer(_ paden: [String], in wb: Werkbank, door: String = "test") throws -> ImportVerslag {
        let invoer = ImportLezer.lees(paden: paden)
        try #require(!invoer.meldingen.heeftFouten, "\(invoer.meldingen)")
        return try WerkbankSamenvoeging.importeer(invoer, in: wb, door: door)
    }

    @Test func hengeloGaatHeelDoorImportEnExport() throws {
        let map = TijdelijkeMap()
        let wb = try Werkbank.open(pad: map.bestand("wb.sqlite"), maakAan: true)
        _ = try Self.importeer([Self.hengelo], in: wb)
        let uit = map.bestand("uit")
        _ = try CasusExport.exporteer(casus: "hengelo-2024-02", werkbank: wb, naar: uit, door: "test")

        let (origineel, m1) = Intake.leesSessie(pad: Self.hengelo + "/sessie.yaml")
        let (terug, m2) = Intake.leesSessie(pad: uit + "/sessie.yaml")
        #expect(m1.isEmpty && m2.isEmpty, "\(m1 + m2)")
        let o = try #require(origineel), t = try #require(terug)
        #expect(o.datum?.tekst == "2024-02-13")
        #expect(o.facilitator == "Annemiek")
        #expect(o.deelnemers.count == 5)
        #expect(t.datum == o.datum)
        #expect(t.facilitator == o.facilitator)
        #expect(t.deelnemers == o.deelnemers)
        #expect(t.annotaties == o.annotaties)
        #expect(t.koppel == o.koppel)
        #expect(t.ontkoppel == o.ontkoppel)
        #expect(t.afspraken == o.afspraken)
        #expect(t == o)
        #expect(try wb.momentopname(casus: "hengelo-2024-02").1.facilitator == "Annemiek")
    }

    @Test func eenHerimportMetAndereGegevensWerktZeBijEnLogtHet() throws {
        let map = TijdelijkeMap()
        let wb = try StoreVoorbeeld.werkbank(in: map)
        let eerste = map.bestand("eerste.yaml"), tweede = map.bestand("tweede.yaml")
        try "sessie: sessie/1\ncasus: c\ndatum: voorjaar 2024\nfacilitator: Annemiek\ndeelnemers: [wijkcoach, school]\n"
            .write(toFile: eerste, atomically: true, encoding: .utf8)
        // Quotes, colons and a '#' must come back intact; no datum: the stored one stays.
        try "sessie: sessie/1\ncasus: c\nfacilitator: \"Fien: 'de Vries' #2\"\ndeelnemers: [wijkcoach]\n"
            .write(toFile: tweede, atomically: true, encoding: .utf8)

        _ = try Self.importeer([eerste], in: wb, door: "Anna")
        // unchanged: no new log line
        #expect(try Self.importeer([eerste], in: wb, door: "Anna").sessie.sessiegegevens.isEmpty)
        let verslag = try Self.importeer([tweede], in: wb, door: "Bert")
        #expect(verslag.sessie.sessiegegevens.count == 2)
        let sessie = try wb.sessie(casus: "c")
        #expect(sessie.datum == DatumParser.parse("voorjaar 2024"))
        #expect(sessie.facilitator == "Fien: 'de Vries' #2")
        #expect(sessie.deelnemers == ["wijkcoach"])

        let log = try wb.logboek(casus: "c").filter { $0.actie == LogboekActie.sessiegegevens.rawValue }
        #expect(log.count == 2)
        #expect(log.first?.wie == "Anna")
        #expect(log.last?.wie == "Bert")
        #expect(log.last?.details.contains("facilitator Fien: 'de Vries' #2 (was Annemiek)") == true)
        #expect(log.last?.details.contains("deelnemers wijkcoach (was wijkcoach, school)") == true)
        #expect(log.last?.details.contains("datum") == false)

        let (terug, meldingen) = Intake.leesSessie(tekst: try SessieSchrijver.yaml(sessie), pad: "sessie.yaml")
        #expect(meldingen.isEmpty)
        #expect(terug == sessie)
    }

    @Test func eenOudereVersieWeigertEenWerkbankMet002() throws {
        let map = TijdelijkeMap()
        let pad = map.bestand("wb.sqlite")
        _ = try Werkbank.open(pad: pad, maakAan: true)
        let alleenBasis = Array(Migraties.alle.prefix(1))
        let queue = try DatabaseQueue(path: pad)
        #expect(throws: WerkbankFout.nieuwereVersie(pad: pad, onbekend: Migraties.alle.dropFirst().map(\.naam).sorted())) {
            try queue.inTransaction(.immediate) { db in
                try Migraties.breng(db, pad: pad, migraties: alleenBasis)
                return .commit
            }
        }
    }

    @Test func eenWerkbankVanVoor002KrijgtDeNieuweTabelEnHoudtZijnGegevens() throws {
        let map = TijdelijkeMap()
        let pad = map.bestand("wb.sqlite")
        try FileManager.default.createFile(atPath: pad, contents: nil)
        let queue = try DatabaseQueue(path: pad)
        try queue.inTransaction(.immediate) { db in
            try Migraties.breng(db, pad: pad, migraties: Array(Migraties.alle.prefix(1)))
            try db.execute(sql: "INSERT INTO casus (id, aangemaakt_op) VALUES ('oud', 'toen')")
            return .commit
        }
        try queue.close()
        let wb = try Werkbank.open(pad: pad)
        let namen = try wb.pool.read { try String.fetchAll($0, sql: "SELECT naam FROM casus_migratie ORDER BY naam") }
        #expect(namen == Migraties.alle.map(\.naam).sorted())
        let sessie = try wb.sessie(casus: "oud")
        #expect(sessie == Sessie(casus: "oud"))
        #expect(try wb.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == Migraties.alle.count)
    }
}
