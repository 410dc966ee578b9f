import Foundation
import GRDB
import Testing
@testable import Casus
@testable import CasusOpslag

@Suite struct StoreOpenenTests {
    @Test func nieuweWerkbankIsAlleenVoorDeEigenaarEnStaatInWAL() throws {
        let map = TijdelijkeMap()
        let pad = map.bestand("wb.sqlite")
        let wb = try Werkbank.open(pad: pad, maakAan: true)
        let rechten = try FileManager.default.attributesOfItem(atPath: pad)[.posixPermissions] as? Int
        #expect(rechten == 0o600)
        let (modus, fk) = try wb.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(modus == "wal")
        #expect(fk == 1)
        #expect(try wb.integriteit() == ["ok"])
    }

    @Test func ontbrekendeWerkbankWordtNietStilAangemaakt() {
        let map = TijdelijkeMap()
        let pad = map.bestand("wb.sqlite")
        #expect(throws: WerkbankFout.bestaatNiet(pad: pad)) { try Werkbank.open(pad: pad) }
        #expect(!FileManager.default.fileExists(atPath: pad))
    }

    @Test func migratiesZijnBenoemdEnWordenEenKeerToegepast() throws {
        let map = TijdelijkeMap()
        let pad = map.bestand("wb.sqlite")
        _ = try Werkbank.open(pad: pad, maakAan: true)
        let wb = try Werkbank.open(pad: pad)
        let namen = try wb.pool.read { try String.fetchAll($0, sql: "SELECT naam FROM casus_migratie") }
        #expect(namen == Migraties.alle.map(\.naam))
    }

    @Test func werkbankVanEenNieuwereVersieWordtGeweigerd() throws {
        let map = TijdelijkeMap()
        let pad = map.bestand("wb.sqlite")
        let wb = try Werkbank.open(pad: pad, maakAan: true)
        try wb.pool.write { db in
            try db.execute(sql: "INSERT INTO casus_migratie VALUES ('999-toekomst', 'later')")
        }
        #expect(throws: WerkbankFout.nieuwereVersie(pad: pad, onbekend: ["999-toekomst"])) {
            try Werkbank.open(pad: pad)
        }
        let fout = WerkbankFout.nieuwereVersie(pad: pad, onbekend: ["999-toekomst"])
        #expect(fout.description.contains("gemaakt door een nieuwere versie van casus"))
    }

    @Test func eenTekstbestandIsGeenWerkbankEnBlijftOnaangeroerd() throws {
        let map = TijdelijkeMap()
        let pad = map.bestand("wijkcoach.yaml")
        let inhoud = "format: tijdlijn-format/1\ncasus: x\n"
        try inhoud.write(toFile: pad, atomically: true, encoding: .utf8)
        #expect(throws: WerkbankFout.geenDatabase(pad: pad)) { try Werkbank.open(pad: pad) }
        #expect(try String(contentsOfFile: pad, encoding: .utf8) == inhoud)
        let fout = WerkbankFout.geenDatabase(pad: pad)
        #expect(fout.description.hasPrefix("\(pad):1:1: fout: dit bestand is geen SQLite-database"))
    }

    @Test func eenBeschadigdeWerkbankGeeftEenNederlandseFout() throws {
        let map = TijdelijkeMap()
        let pad = map.bestand("wb.sqlite")
        _ = try StoreVoorbeeld.werkbank(in: map)
        // Let WAL contents reach the main file, then garble everything after the header.
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: pad)))
        #expect(bytes.count > 1024)
        for i in 100..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i &* 31 &+ 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: pad))
        try? FileManager.default.removeItem(atPath: pad + "-wal")
        try? FileManager.default.removeItem(atPath: pad + "-shm")
        do {
            let wb = try Werkbank.open(pad: pad)
            _ = try wb.casussen()
            Issue.record("een beschadigde werkbank werd geopend")
        } catch let fout {
            // Typed throws: every workbench failure is a WerkbankFout.
            switch fout {
            case .beschadigd, .geenDatabase: #expect(fout.description.contains("fout:"))
            default: Issue.record("onverwachte fout: \(fout)")
            }
        }
    }

    @Test func eenAndereSQLiteDatabaseWordtGeweigerd() throws {
        let map = TijdelijkeMap()
        let pad = map.bestand("ander.sqlite")
        let ander = try DatabaseQueue(path: pad)
        try ander.write { try $0.execute(sql: "CREATE TABLE klant (naam TEXT)") }
        try ander.close()
        #expect(throws: WerkbankFout.geenCasusWerkbank(pad: pad)) { try Werkbank.open(pad: pad) }
    }

    @Test func eenMapIsGeenWerkbank() {
        let map = TijdelijkeMap()
        #expect(throws: WerkbankFout.self) { try Werkbank.open(pad: map.pad) }
    }

    @Test func backupIsEenVolledigeKopieMetEigenaarsrechten() throws {
        let map = TijdelijkeMap()
        let wb = try StoreVoorbeeld.werkbank(in: map)
        try wb.annoteer(casus: "c", Annotatie(item: "x", soort: .smiley, door: "Anna"), anker: nil)
        let doel = map.bestand("backup.sqlite")
        try wb.backup(naar: doel)
        let rechten = try FileManager.default.attributesOfItem(atPath: doel)[.posixPermissions] as? Int
        #expect(rechten == 0o600)
        let kopie = try Werkbank.open(pad: doel)
        #expect(try kopie.annotaties(casus: "c").map(\.annotatie.door) == ["Anna"])
        #expect(try kopie.integriteit() == ["ok"])
        #expect(throws: WerkbankFout.bestaatAl(pad: doel)) { try wb.backup(naar: doel) }
    }

    @Test func sha256KloptMetDeStandaardvoorbeelden() {
        #expect(Vingerafdruk.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Vingerafdruk.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Vingerafdruk.hex(String(repeating: "a", count: 1000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
