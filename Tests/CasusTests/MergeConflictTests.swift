import Testing
@testable import Casus

/// Disagreements stay visible: every value with its source, and why one is shown.
@Suite struct MergeConflictTests {
    let t = Samenvoeger.voegSamen(M.drieBronnen).tijdlijn

    func conflict(_ item: String, _ veld: String) -> Conflict? {
        t.conflicten.first { $0.item == item && $0.veld == veld }
    }

    @Test func eindeVanInterventieMetElkeBron() throws {
        let c = try #require(conflict("interventie-ouderschap-blijft-2018", "einde"))
        #expect(c.waarden == [
            ConflictWaarde(bron: "gedragswetenschapper-jeugdhulp-twentekanaal", waarde: "2018-10"),
            ConflictWaarde(bron: "jeugdbeschermer-jeugdbescherming-oost", waarde: "2018-11"),
            ConflictWaarde(bron: "wijkcoach-wijkteam-hengelo", waarde: "2018-09"),
        ])
        // The gedragswetenschapper works at the aanbieder: first-hand (rule b).
        #expect(c.gekozen == "2018-10")
        #expect(c.keuze == "eerstehands bron")
        let item = try #require(t.interventies.first { $0.id == c.item })
        #expect(item.conflict)
        #expect(item.inhoud.einde?.tekst == "2018-10")
    }

    @Test func afloopEerstehandsBronGaatVoorDeMeesteBronnen() throws {
        // Two sources say niet-gelukt, the aanbieder's own format says deels: rule (b) before (e).
        let c = try #require(conflict("interventie-ouderschap-blijft-2018", "afloop"))
        #expect(c.waarden.count == 3)
        #expect(c.gekozen == "deels")
        #expect(c.keuze == "eerstehands bron")
    }

    @Test func afloopMeesteBronnenZonderEerstehandsBron() throws {
        let t = Samenvoeger.voegSamen([
            M.format("a", "X", interventies: [M.interventie("KIES", "H", "2019-03", afloop: .deels)]),
            M.format("b", "Y", interventies: [M.interventie("KIES", "H", "2019-03", afloop: .nietGelukt)]),
            M.format("c", "Z", interventies: [M.interventie("KIES", "H", "2019-03", afloop: .nietGelukt)]),
        ]).tijdlijn
        let c = try #require(t.conflicten.first)
        #expect(c.gekozen == "niet-gelukt")
        #expect(c.keuze == "door de meeste bronnen genoemd")
    }

    @Test func evenSmalleDatumsGevenDeSpanne() throws {
        // 1985 vs 1984: equally narrow, different: the span with the conflict mark (rule c).
        let moeder = try #require(conflict("moeder", "geboren"))
        #expect(moeder.keuze == "even smalle datums verschillen: de hele spanne")
        #expect(moeder.gekozen == "1984 – 1985")
        let geboren = try #require(t.gezinsleden.first { $0.id == "moeder" }?.inhoud.geboren)
        #expect(geboren.van == Dag(1984, 1, 1) && geboren.tot == Dag(1985, 12, 31))
        // 2010 and 2010-05-02 agree (one interval holds the other): no conflict,
        // but the more precise date is shown.
        #expect(conflict("kind-1", "geboren") == nil)
        #expect(t.gezinsleden.first { $0.id == "kind-1" }?.inhoud.geboren?.tekst == "2010-05-02")
    }

    @Test func meestPreciezeDatumWint() throws {
        let t = Samenvoeger.voegSamen([
            M.format("a", "X", gezinsleden: [Gezinslid(id: "kind-2", rol: .kind, geboren: M.d("2014"))]),
            M.format("b", "X", gezinsleden: [Gezinslid(id: "kind-2", rol: .kind, geboren: M.d("ca. 2014"))]),
            M.format("c", "X", gezinsleden: [Gezinslid(id: "kind-2", rol: .kind, geboren: M.d("2013-12-18"))]),
        ]).tijdlijn
        let c = try #require(t.conflicten.first)
        #expect(c.veld == "geboren")
        #expect(c.gekozen == "2013-12-18")
        #expect(c.keuze == "smalste datum")
    }

    @Test func zwijgenIsGeenTegenspraak() {
        // One source gives no einde and afloop onbekend: nothing to disagree with.
        let t = Samenvoeger.voegSamen([
            M.format("a", "X", interventies: [M.interventie("KIES", "H", "2019-03", einde: "2019-09", afloop: .deels)]),
            M.format("b", "X", interventies: [M.interventie("KIES", "H", "2019-03", afloop: .onbekend)]),
        ]).tijdlijn
        #expect(t.conflicten.isEmpty)
        #expect(t.interventies[0].inhoud.afloop == .deels)
        #expect(!t.interventies[0].conflict)
    }

    @Test func wieHadDeRegieIsEenConflict() throws {
        let t = Samenvoeger.voegSamen([
            M.format("wijkcoach", "Wijkteam", regie: [M.regie("2019-01", "2020-06", "wijkcoach", "Wijkteam")]),
            M.format("jeugdbeschermer", "GI", regie: [M.regie("2019-09", "2021-01", "jeugdbeschermer", "GI")]),
        ]).tijdlijn
        let c = try #require(t.conflicten.first { $0.veld == "regiehouder" })
        #expect(c.item == "regie-wijkcoach-wijkteam-2019")
        #expect(c.waarden.map(\.bron) == ["wijkcoach-wijkteam", "jeugdbeschermer-gi"])
        #expect(c.waarden[1].waarde.contains("regie-jeugdbeschermer-gi-2019"))
        #expect(t.regie.allSatisfy { $0.conflict })
    }

    @Test func overdrachtZonderOverlapIsGeenRegieconflict() {
        // A month of overlap around a handover is normal, not a disagreement.
        let t = Samenvoeger.voegSamen([
            M.format("wijkcoach", "Wijkteam", regie: [M.regie("2019-01", "2020-06", "wijkcoach", "Wijkteam")]),
            M.format("jeugdbeschermer", "GI", regie: [M.regie("2020-06", "2021-01", "jeugdbeschermer", "GI")]),
        ]).tijdlijn
        #expect(t.conflicten.isEmpty)
        #expect(t.regiewisselingen.count == 1)
    }

    @Test func elkConflictHoortBijEenBestaandGemarkeerdItem() {
        let ids = Set(M.alleIds(t))
        for c in t.conflicten {
            #expect(ids.contains(c.item))
            #expect(c.waarden.count >= 2)
        }
    }
}
