import Casus
import Foundation
import Testing
import CasusApp

@Suite("Casusgenerator")
struct CasusGeneratorTests {
    /// Until annotations matter, an empty merge keeps these tests about the formats.
    static func leeg(_ formats: [TijdlijnFormat]) -> Tijdlijn { Tijdlijn(casus: formats.first?.casus ?? "") }

    @Test func zelfdeZaadZelfdeCasus() {
        let a = CasusGenerator.genereer(index: 7, zaad: 42, samenvoegen: Self.leeg)
        let b = CasusGenerator.genereer(index: 7, zaad: 42, samenvoegen: Self.leeg)
        #expect(a.formats == b.formats)
        #expect(a.sessie == b.sessie)
        let anderZaad = CasusGenerator.genereer(index: 7, zaad: 43, samenvoegen: Self.leeg)
        #expect(anderZaad.formats != a.formats)
    }

    @Test func vierTotZesFormatsVanVerschillendeRollen() {
        var ids = Set<String>()
        for index in 0..<40 {
            let c = CasusGenerator.genereer(index: index, zaad: 1, samenvoegen: Self.leeg)
            #expect((4...6).contains(c.formats.count))
            #expect(Set(c.formats.map(\.ingediendDoor.rol)).count == c.formats.count)
            #expect(c.formats.allSatisfy { $0.casus == c.casus })
            #expect(c.formats.allSatisfy { !$0.gebeurtenissen.isEmpty })
            ids.insert(c.casus)
        }
        #expect(ids.count == 40)
    }

    @Test func geschrevenFormatsLezenTerugAlsDezelfdeWaarden() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("gen-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: map) }
        let mappen = try CasusGenerator.schrijf(aantal: 12, uit: map, zaad: 5, samenvoegen: Self.leeg)
        #expect(mappen.count == 12)
        for (index, casusMap) in mappen.enumerated() {
            let verwacht = CasusGenerator.genereer(index: index, zaad: 5, samenvoegen: Self.leeg)
            let invoer = Intake.leesCasusMap(pad: casusMap)
            #expect(invoer.meldingen.fouten.isEmpty, "\(invoer.meldingen.map(\.description))")
            #expect(invoer.casus == verwacht.casus)
            #expect(invoer.sessie == verwacht.sessie)
            let gelezen = invoer.formats.map { f in var f = f; f.bestand = ""; return f }
                .sorted { $0.ingediendDoor.rol < $1.ingediendDoor.rol }
            let gemaakt = verwacht.formats.map { f in var f = f; f.bestand = ""; return f }
                .sorted { $0.ingediendDoor.rol < $1.ingediendDoor.rol }
            #expect(gelezen == gemaakt)
        }
    }

    @Test func prngIsVastgelegd() {
        // SplitMix64's published first outputs for seed 0.
        var rng = SplitMix64(zaad: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        var r = SplitMix64(zaad: 9)
        for _ in 0..<1000 { #expect((3...5).contains(r.getal(3...5))) }
    }
}

@Suite("Casusgenerator met de echte samenvoeging")
struct CasusGeneratorPijplijnTests {
    @Test func annotatiesWijzenNaarEchteItemsEnAllesIsSchoon() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("gen-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: map) }
        let mappen = try CasusGenerator.schrijf(aantal: 10, uit: map, zaad: 11)
        let resultaat = RodeDradenPijplijn.voerUit(mappen: mappen)
        #expect(resultaat.meldingen.isEmpty, "\(resultaat.meldingen.map(\.description))")
        let r = try #require(resultaat.rodeDraden)
        #expect(r.casussen.count == 10)
        #expect(r.annotaties.smiley + r.annotaties.sadney > 0)
        #expect(!r.items.contains { $0.soort == .onbekend })
        #expect(r.annotaties.perKader.map(\.waarde).allSatisfy { $0 != "onbekend" }
                || r.items.contains { $0.datum == nil })
        // The same seed gives the same sessions, annotations included.
        let nogEens = CasusGenerator.genereer(index: 3, zaad: 11)
        #expect(RodeDradenPijplijn.analyseer(casusMap: mappen[3]).0?.annotaties == nogEens.sessie.annotaties)
        // Counting block by block, in another folder order, gives the same as counting all at once.
        let alle = mappen.compactMap { RodeDradenPijplijn.analyseer(casusMap: $0).0 }
        #expect(RodeDradenPijplijn.voerUit(mappen: mappen.reversed(), blokGrootte: 3).rodeDraden
                == RodeDraden.bereken(alle))
    }
}
