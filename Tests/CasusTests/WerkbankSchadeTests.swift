import Foundation
import GRDB
import Testing
@testable import Casus
@testable import CasusOpslag

/// Issue 12, deliver 5: a damaged workbench stops every command (exit 1, Dutch,
/// "zet de laatste backup terug") and is never written into or silently copied;
/// reading commands open read-only and work on a read-only file or folder.
@Suite(.serialized) struct WerkbankSchadeTests {
    /// A workbench with the test casus, written through the binary and checkpointed.
    static func werkbank(in map: TijdelijkeMap) throws -> String {
        let wb = map.bestand("wb.sqlite")
        try WerkbankTestCasus.schrijf(in: map.bestand("casus"))
        #expect(try WerkbankProces.voer(["importeer", map.bestand("casus"), "--werkbank", wb]).code == 0)
        return wb
    }

    /// 200 byte flips at seeded places past the 100-byte header, as in the reproduction.
    static func beschadig(_ pad: String, zaad: UInt64 = 12) throws {
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: pad)))
        var toestand = zaad
        for _ in 0..<200 {
            toestand = toestand &* 6364136223846793005 &+ 1442695040888963407
            let plek = 100 + Int((toestand >> 33) % UInt64(bytes.count - 100))
            bytes[plek] ^= UInt8(truncatingIfNeeded: toestand >> 20) | 1
        }
        try Data(bytes).write(to: URL(fileURLWithPath: pad))
    }

    static func inhoud(_ pad: String) -> Data? { FileManager.default.contents(atPath: pad) }

    @Test func toonWeigertEenBeschadigdeWerkbank() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        try Self.beschadig(wb)
        let u = try WerkbankProces.voer(["toon", WerkbankTestCasus.id, "--werkbank", wb])
        #expect(u.code == 1)
        #expect(u.fout.contains("\(wb):1:1: fout: de werkbank is beschadigd"), "\(u.fout)")
        #expect(u.fout.contains("zet de laatste backup terug"))
        #expect(u.uit.isEmpty)
    }

    @Test func importeerSchrijftNietsInEenBeschadigdeWerkbank() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        try Self.beschadig(wb)
        let voor = Self.inhoud(wb)
        try WerkbankTestCasus.schrijf(in: map.bestand("nieuw"), wijkcoach: WerkbankTestCasus.wijkcoach + "# gewijzigd\n")
        let u = try WerkbankProces.voer(["importeer", map.bestand("nieuw"), "--werkbank", wb])
        #expect(u.code == 1)
        #expect(u.fout.contains("de werkbank is beschadigd"))
        #expect(Self.inhoud(wb) == voor)
    }

    @Test func backupWeigertEenBeschadigdeWerkbankTenzijGevraagd() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        try Self.beschadig(wb)
        let doel = map.bestand("backup.sqlite")
        let geweigerd = try WerkbankProces.voer(["backup", doel, "--werkbank", wb])
        #expect(geweigerd.code == 1)
        #expect(geweigerd.fout.contains("de werkbank is beschadigd"))
        #expect(!FileManager.default.fileExists(atPath: doel))
        let gered = try WerkbankProces.voer(["backup", doel, "--ook-beschadigd", "--werkbank", wb])
        #expect(gered.code == 0, "\(gered.fout)")
        #expect(FileManager.default.fileExists(atPath: doel))
    }

    @Test func werkbankControleerNoemtDeSchade() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        try Self.beschadig(wb)
        let u = try WerkbankProces.voer(["werkbank", "controleer", "--werkbank", wb])
        #expect(u.code == 1)
        #expect(u.fout.contains("zet de laatste backup terug"))
    }

    /// What quick_check cannot see: a format's text changed inside a healthy database.
    @Test func eenVeranderdeFormattekstValtOpDoorZijnSha256() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        let db = try DatabaseQueue(path: wb)
        try db.write { try $0.execute(sql: "UPDATE format_versie SET yaml = yaml || '# ander' WHERE versie = 1") }
        try db.close()
        let u = try WerkbankProces.voer(["toon", WerkbankTestCasus.id, "--werkbank", wb])
        #expect(u.code == 1)
        #expect(u.fout.contains("klopt niet meer met zijn sha256"), "\(u.fout)")
    }

    /// rode-draden runs the health check beside its reading (issue 18): it still shows
    /// nothing from a damaged workbench and writes nothing into it.
    @Test func rodeDradenToontNietsUitEenBeschadigdeWerkbankEnSchrijftErNietsIn() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        try Self.beschadig(wb)
        let voor = Self.inhoud(wb)
        let u = try WerkbankProces.voer(["rode-draden", "--alle", "--json", "--werkbank", wb])
        #expect(u.code == 1)
        #expect(u.fout.contains("de werkbank is beschadigd"), "\(u.fout)")
        #expect(u.uit.isEmpty)
        #expect(Self.inhoud(wb) == voor)
    }

    /// Opened with the check beside the work, a damaged workbench refuses every write.
    @Test func naastHetWerkWachtElkeSchrijfactieOpDeControle() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        try Self.beschadig(wb)
        let voor = Self.inhoud(wb)
        switch Result(catching: { () throws(WerkbankFout) in try Werkbank.open(pad: wb, toegang: .naastHetWerk) }) {
        case .success(let werkbank):
            #expect(throws: WerkbankFout.self) {
                try werkbank.bewaarBijdrage(casus: WerkbankTestCasus.id, variant: "v",
                                            BewaardeBijdrageRij(sleutel: "s", inhoud: Data([1])))
            }
            #expect(throws: WerkbankFout.self) { try werkbank.bevestigGezond() }
        case .failure(let fout):
            // Damage in the schema itself already shows while opening.
            #expect(fout.description.contains("fout:"))
        }
        #expect(Self.inhoud(wb) == voor)
    }

    @Test func eenGezondeWerkbankWordtGewoonGeopend() throws {
        let map = TijdelijkeMap()
        let wb = try Self.werkbank(in: map)
        #expect(try WerkbankProces.voer(["toon", WerkbankTestCasus.id, "--werkbank", wb]).code == 0)
        #expect(try WerkbankProces.voer(["backup", map.bestand("b.sqlite"), "--werkbank", wb]).code == 0)
    }
}
