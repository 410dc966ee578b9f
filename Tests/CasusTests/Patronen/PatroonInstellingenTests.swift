import Foundation
import Testing
@testable import Casus

@Suite("patronen.yaml")
struct PatroonInstellingenTests {
    func lees(_ tekst: String) -> (PatroonInstellingen, [Melding]) {
        PatroonInstellingen.lees(tekst: tekst, pad: "casus/patronen.yaml")
    }

    @Test func drempelsEnUitWordenGelezen() {
        let (instellingen, meldingen) = lees("""
            # strenger voor deze casus
            opeenvolgende-hulp:
              min_keten: 4
              max_gat_dagen: 365
            netwerk-niet-in-kaart:
              uit: true
            regie-gat: {gat_dagen: 60}
            """)
        #expect(meldingen.isEmpty)
        #expect(instellingen[OpeenvolgendeHulp.minKeten] == 4)
        #expect(instellingen[OpeenvolgendeHulp.maxGatDagen] == 365)
        #expect(instellingen[OpeenvolgendeHulp.overlapDagen] == 31)
        #expect(instellingen[RegieGat.gatDagen] == 60)
        #expect(!instellingen.isAan("netwerk-niet-in-kaart"))
        #expect(instellingen.isAan("regie-gat"))
    }

    @Test func alleenCommentaarOfLeegIsStandaard() {
        #expect(lees("").0 == .standaard)
        #expect(lees("# niets aangepast\n\n").1.isEmpty)
    }

    @Test func onbekendPatroonMetSuggestieEnPlaats() throws {
        let (instellingen, meldingen) = lees("""
            opeenvolgende-hulp:
              min_keten: 4
            regie-gaat:
              gat_dagen: 60
            """)
        let fout = try #require(meldingen.fouten.first)
        #expect(meldingen.count == 1)
        #expect(fout.description.hasPrefix("casus/patronen.yaml:3:1: fout: onbekende sleutel 'regie-gaat' in patronen.yaml; bedoelde je regie-gat?"))
        // Nothing half-read is used.
        #expect(instellingen == .standaard)
    }

    @Test func onbekendeDrempelMetSuggestie() throws {
        let (_, meldingen) = lees("""
            wisselende-regie:
              min_wisels: 2
            """)
        let fout = try #require(meldingen.first)
        #expect(fout.regel == 2 && fout.kolom == 3)
        #expect(fout.bericht == "onbekende sleutel 'min_wisels' in patroon wisselende-regie; bedoelde je min_wissels?")
        #expect(fout.hint == "toegestaan: min_wissels, venster_maanden, uit")
    }

    @Test func verkeerdeWaardenAllemaalGemeld() {
        let (_, meldingen) = lees("""
            opeenvolgende-hulp:
              min_keten: drie
              max_gat_dagen: 12.5
              overlap_dagen: -3
            samen-aan-tafel-herhaald:
              min_aantal: [2]
            kinderen-uit-beeld:
              uit: misschien
            regie-gat: 31
            """)
        let berichten = meldingen.map { "\($0.regel):\($0.kolom) \($0.bericht)" }
        #expect(berichten == [
            "2:14 min_keten moet een heel getal zijn, maar is 'drie'",
            "3:18 max_gat_dagen moet een heel getal zijn, maar is '12.5'",
            "4:18 overlap_dagen mag niet negatief zijn",
            "6:15 min_aantal moet een heel getal zijn, maar is een lijst",
            "8:8 uit moet true of false zijn",
            "9:12 patroon regie-gat moet een blok met sleutels zijn, maar is de tekst 31",
        ])
        #expect(meldingen.allSatisfy { $0.ernst == .fout })
    }

    @Test func onderMinimumEnOnredelijkGroot() {
        let (_, meldingen) = lees("""
            opeenvolgende-hulp:
              min_keten: 1
            onvolledige-informatie:
              gat_maanden: 99999999999999999999999
            """)
        #expect(meldingen.map(\.bericht) == [
            "min_keten moet minstens 2 zijn",
            "gat_maanden moet een heel getal zijn, maar is '99999999999999999999999'",
        ])
    }

    @Test func geenBlokBovenaan() {
        let (_, meldingen) = lees("- opeenvolgende-hulp\n")
        #expect(meldingen.first?.bericht == "patronen.yaml moet een blok met sleutels zijn, maar is een lijst")
    }

    @Test func kapotteYamlGeeftPlaats() {
        let (_, meldingen) = lees("opeenvolgende-hulp:\n\tmin_keten: 4\n")
        #expect(meldingen.first?.regel == 2)
        #expect(meldingen.heeftFouten)
    }

    @Test func bestandLezen() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("patronen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: map) }
        let pad = map.appendingPathComponent("patronen.yaml").path
        try "regie-onduidelijk:\n  overlap_dagen: 10\n".write(toFile: pad, atomically: true, encoding: .utf8)
        let (instellingen, meldingen) = PatroonInstellingen.lees(pad: pad)
        #expect(meldingen.isEmpty)
        #expect(instellingen[RegieOnduidelijk.overlapDagen] == 10)
        let (_, ontbreekt) = PatroonInstellingen.lees(pad: map.appendingPathComponent("nee.yaml").path)
        #expect(ontbreekt.heeftFouten)
    }

    @Test func overschrijvenWerkbankDanCasus() {
        var werkbank = PatroonInstellingen()
        werkbank[OpeenvolgendeHulp.minKeten] = 4
        werkbank[RegieGat.gatDagen] = 60
        werkbank.uit["netwerk-niet-in-kaart"] = true
        var casus = PatroonInstellingen()
        casus[OpeenvolgendeHulp.minKeten] = 5
        casus.uit["netwerk-niet-in-kaart"] = false
        let samen = werkbank.overschreven(door: casus)
        #expect(samen[OpeenvolgendeHulp.minKeten] == 5)
        #expect(samen[RegieGat.gatDagen] == 60)
        #expect(samen.isAan("netwerk-niet-in-kaart"))
    }

    @Test func elkeDrempelHoortBijZijnRegelEnHeeftDeStandaardUitDeSpec() {
        let verwacht: [String: [String: Int]] = [
            "opeenvolgende-hulp": ["min_keten": 3, "max_gat_dagen": 183, "overlap_dagen": 31],
            "opschaling-uit-machteloosheid": ["venster_maanden": 12, "min_mislukt": 2],
            "samen-aan-tafel-herhaald": ["min_aantal": 2],
            "parallel-ouderschap-als-laatste-strohalm": ["min_eerder": 2],
            "wisselende-regie": ["min_wissels": 3, "venster_maanden": 24],
            "regie-onduidelijk": ["overlap_dagen": 31],
            "regie-gat": ["gat_dagen": 31],
            "abrupte-afschaling": ["doorloop_dagen": 90],
            "kinderen-uit-beeld": [:],
            "netwerk-niet-in-kaart": [:],
            "onvolledige-informatie": ["gat_maanden": 12],
        ]
        var gevonden: [String: [String: Int]] = [:]
        for regel in Patronen.regels {
            let type = type(of: regel)
            #expect(type.drempels.allSatisfy { $0.patroon == type.id })
            gevonden[type.id] = Dictionary(uniqueKeysWithValues: type.drempels.map { ($0.sleutel, $0.standaard) })
        }
        #expect(gevonden == verwacht)
    }
}
