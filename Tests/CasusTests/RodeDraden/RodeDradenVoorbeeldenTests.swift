import Casus
import Foundation
import Testing
import CasusApp

/// The bundled examples through the whole pipeline. The expected numbers were
/// counted by hand from examples/*/sessie.yaml and the merged dates of the kader.
@Suite("Rode draden over de voorbeelden")
struct RodeDradenVoorbeeldenTests {
    static let mappen = ["examples/almelo-2023-07", "examples/hengelo-2024-02"].map(Repo.pad)

    func rij<V>(_ rijen: [AnnotatieRij<V>], _ waarde: String) -> [Int] {
        rijen.first { $0.waarde == waarde }.map { [$0.smiley, $0.sadney] } ?? []
    }

    @Test func tellingen() throws {
        let resultaat = RodeDradenPijplijn.voerUit(mappen: Self.mappen)
        #expect(!resultaat.meldingen.heeftFouten, "\(resultaat.meldingen.map(\.description))")
        let r = try #require(resultaat.rodeDraden)
        #expect(r.casussen == ["almelo-2023-07", "hengelo-2024-02"])
        #expect(r.annotaties.smiley == 6)
        #expect(r.annotaties.sadney == 9)

        let t = r.annotaties.perThema
        #expect(t.map(\.waarde) == Thema.toegestaan)
        #expect(rij(t, "kinderen") == [2, 1])
        #expect(rij(t, "dogmas") == [0, 2])
        #expect(rij(t, "familie-en-vrienden") == [1, 1])
        #expect(rij(t, "professionals") == [2, 0])
        #expect(rij(t, "processen") == [0, 4])
        #expect(rij(t, "dynamieken") == [1, 1])

        let s = r.annotaties.perSoortInterventie
        #expect(rij(s, "communicatie") == [1, 1])
        #expect(rij(s, "gezamenlijk-ouderschap") == [0, 2])
        #expect(rij(s, "mediation") == [0, 1])
        #expect(rij(s, "individueel") == [1, 0])
        #expect(rij(s, "kind") == [1, 0])
        #expect(rij(s, "netwerk") == [1, 0])
        // Not on an interventie: 1 gebeurtenis, 3 kader, 1 regie, 1 netwerk, 1 gebeurtenis → 15 - 7 = 8.
        #expect(s.reduce(0) { $0 + $1.smiley + $1.sadney } == 8)

        let k = r.annotaties.perKader
        #expect(k.map(\.waarde) == ["vrijwillig", "gedwongen", "onbekend"])
        #expect(rij(k, "vrijwillig") == [2, 6])
        #expect(rij(k, "gedwongen") == [4, 2])
        #expect(rij(k, "onbekend") == [0, 1])
        #expect(k.first { $0.waarde == "onbekend" }?.sadneyBij.map(\.item) == ["oma-mz"])
        #expect(k.first { $0.waarde == "gedwongen" }?.sadneyBij.map(\.item)
                == ["kader-ots-2020", "kader-raadsonderzoek-2020"])
    }

    @Test func patronen() throws {
        let r = try #require(RodeDradenPijplijn.voerUit(mappen: Self.mappen).rodeDraden)
        var perPatroon: [String: [String]] = [:]
        for p in r.patronen { perPatroon[p.patroon] = p.casussen }
        #expect(perPatroon["samen-aan-tafel-herhaald"] == ["almelo-2023-07", "hengelo-2024-02"])
        for id in ["opeenvolgende-hulp", "opschaling-uit-machteloosheid", "abrupte-afschaling"] {
            #expect(perPatroon[id] == ["hengelo-2024-02"], "\(id)")
        }
        for id in ["parallel-ouderschap-als-laatste-strohalm", "regie-onduidelijk", "regie-gat",
                   "kinderen-uit-beeld", "netwerk-niet-in-kaart"] {
            #expect(perPatroon[id] == ["almelo-2023-07"], "\(id)")
        }
        #expect(perPatroon["wisselende-regie"] == [])
        #expect(perPatroon["onvolledige-informatie"] == [])
        // Every piece of evidence is described (no finding points at a missing item).
        for p in r.patronen {
            for b in p.bewijs {
                for item in b.items {
                    #expect(r.items.contains { $0.casus == b.casus && $0.item == item && $0.soort != .onbekend })
                }
            }
        }
    }

    @Test func meestGemarkeerdEnPrivacy() throws {
        let r = try #require(RodeDradenPijplijn.voerUit(mappen: Self.mappen).rodeDraden)
        // Nine items with one sadney each; the one that also got a smiley comes last.
        let hielpNiet = r.meestGemarkeerd.ditHielpNiet
        #expect(hielpNiet.count == 9)
        #expect(hielpNiet.first?.item == "gebeurtenis-gebeurtenis-2019-11-slotbijeenkomst-kindergroep")
        #expect(hielpNiet.last?.item == "interventie-kinderen-uit-de-knel-2019")
        #expect(r.meestGemarkeerd.ditWerkte.count == 6)
        let json = String(decoding: r.json(), as: UTF8.self)
        // Names from the examples' gezinsleden must not appear in pseudonymised output.
        for naam in ["Sanne", "Daan"] { #expect(!json.contains(naam), "\(naam)") }
    }
}

@Suite("Rode draden: annotatie op een onbekend item")
struct RodeDradenOnbekendItemTests {
    @Test func teltAlsOnbekendEnWaarschuwt() throws {
        let fm = FileManager.default
        let map = fm.temporaryDirectory.appendingPathComponent("rd-\(UUID().uuidString)").path
        defer { try? fm.removeItem(atPath: map) }
        try fm.copyItem(atPath: Repo.pad("examples/hengelo-2024-02"), toPath: map)
        let sessie = (map as NSString).appendingPathComponent("sessie.yaml")
        let tekst = try String(contentsOfFile: sessie, encoding: .utf8)
            .replacingOccurrences(of: "item: interventie-kies-2021", with: "item: interventie-kies-2099")
        try tekst.write(toFile: sessie, atomically: true, encoding: .utf8)

        let resultaat = RodeDradenPijplijn.voerUit(mappen: [map])
        #expect(resultaat.meldingen.contains {
            $0.ernst == .waarschuwing && $0.bericht.contains("onbekend item 'interventie-kies-2099'") && $0.regel > 1
        })
        let r = try #require(resultaat.rodeDraden)
        #expect(r.annotaties.smiley == 6)
        let onbekend = r.annotaties.perKader.first { $0.waarde == "onbekend" }
        #expect(onbekend?.smileyBij.map(\.item) == ["interventie-kies-2099"])
        #expect(r.items.first { $0.item == "interventie-kies-2099" }?.soort == .onbekend)
    }
}
