import Casus
import Foundation
import Testing

@Suite("Rode draden: pseudoniemen en JSON")
struct RodeDradenPrivacyEnJSONTests {
    @Test func standaardGepseudonimiseerd() throws {
        let r = RodeDraden.bereken([RodeDradenVoorbeeld.casusA()])
        #expect(r.pseudoniem)
        let kies = try #require(r.items.first { $0.item == "interventie-kies-2019" })
        #expect(kies.toelichtingen.map(\.tekst) == ["Weer samen aan tafel; moeder haakte af"])
        #expect(kies.toelichtingen.allSatisfy { $0.door == nil })
        let verhuizing = r.items.first { $0.item == "gebeurtenis-verhuizing-2021" }
        #expect(verhuizing?.omschrijving == "moeder verhuist met kind-1 naar Enschede")
        let json = String(decoding: try JSONEncoder().encode(r), as: UTF8.self)
        for naam in ["Sanne", "Daan", "Petra", "Jansen"] { #expect(!json.contains(naam)) }
    }

    @Test func metNamen() {
        let r = RodeDraden.bereken([RodeDradenVoorbeeld.casusA()],
                                   opties: RodeDradenOpties(pseudoniem: false))
        let kies = r.items.first { $0.item == "interventie-kies-2019" }
        #expect(kies?.toelichtingen.first?.tekst == "Weer samen aan tafel; Sanne haakte af")
        #expect(kies?.toelichtingen.first?.door == "Petra Jansen")
    }

    @Test func jsonVormZoalsCliMd() throws {
        let r = RodeDraden.bereken([RodeDradenVoorbeeld.casusA(), RodeDradenVoorbeeld.casusB()])
        let data = try JSONEncoder().encode(r)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["casussen"] as? [String] == ["almelo-2020-01", "hengelo-2019-02"])
        let patronen = try #require(object["patronen"] as? [[String: Any]])
        #expect(patronen.first?["patroon"] as? String == "opeenvolgende-hulp")
        #expect(patronen.first?["aantal_casussen"] as? Int == 0)
        #expect(patronen.first?["casussen"] as? [String] == [])
        let annotaties = try #require(object["annotaties"] as? [String: Any])
        #expect(annotaties["smiley"] as? Int == 5)
        #expect(annotaties["sadney"] as? Int == 4)
        let thema = try #require(annotaties["per_thema"] as? [[String: Any]])
        #expect(thema.first?["thema"] as? String == "kinderen")
        #expect(thema.first?["smiley"] as? Int == 2)
        let soort = try #require(annotaties["per_soort_interventie"] as? [[String: Any]])
        #expect(soort.first?["soort"] as? String == "communicatie")
        #expect(soort.first?["sadney"] as? Int == 2)
        let kader = try #require(annotaties["per_kader"] as? [[String: Any]])
        #expect(kader.map { $0["kader"] as? String } == ["vrijwillig", "gedwongen", "onbekend"])
        #expect(try JSONDecoder().decode(RodeDraden.self, from: data) == r)
    }
}

