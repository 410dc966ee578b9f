import Foundation
import Testing
@testable import Casus

/// Issue 12: every way Dutch writing carries a name, each reproduction as found.
@Suite struct PseudoniemRegelsTests {
    let p = Pseudonimisering(namen: [
        ("Sanne", "kind-1", "kind"), ("Jaïr", "kind-2", "kind"), ("Zoë", "kind-3", "kind"),
        ("Bo", "kind-4", "kind"), ("Bas", "vader", "vader"), ("Anna\u{00A0}de Vries", "moeder", "moeder"),
    ])

    @Test func bezitsvormZonderApostrof() {
        #expect(p.term("Sannes tekening") == "kind-1 tekening")
        #expect(p.term("Jaïrs broer") == "kind-2 broer")
        #expect(p.term("Sanne's fiets en Jaïr’s jas") == "kind-1 fiets en kind-2 jas")
    }

    @Test func verkleinvormen() {
        #expect(p.term("Sanneke en Basje") == "kind-1 en vader")
        #expect(p.term("Sannetje huilt") == "kind-1 huilt")
    }

    @Test func andereNormaalvormEnZonderTrema() {
        let nfd = "Zoe\u{0308} lacht"
        #expect(p.term(nfd) == "kind-3 lacht")
        #expect(p.term("Zoe en Jair") == "kind-3 en kind-2")
        #expect(p.term("ZOË") == "kind-3")
    }

    @Test func korteNamen() {
        #expect(p.term("Bo huilt") == "kind-4 huilt")
        // A name inside another word is not that name.
        #expect(p.term("boven de boom") == "boven de boom")
    }

    @Test func onzichtbareTekensEnAndereSpaties() {
        #expect(p.term("San\u{00AD}ne komt") == "kind-1 komt")
        #expect(p.term("San\u{200B}ne komt") == "kind-1 komt")
        #expect(p.term("Anna de Vries belt") == "moeder belt")
        #expect(p.term("Anna\u{2007}de\u{202F}Vries belt") == "moeder belt")
        #expect(p.term("mevrouw de Vries belt") == "mevrouw moeder belt")
        #expect(p.term("Vries") == "moeder")
        // A particle alone is no name.
        #expect(p.term("de school") == "de school")
    }

    @Test func alleenEenNaamWordtLeeg() {
        #expect(p.tekst("Sanne") == nil)
        #expect(p.tekst("Anna de Vries") == nil)
        #expect(p.tekst("Sanne lacht") == "kind-1 lacht")
    }

    @Test func rolMetEenNaamKrijgtDeTerugval() {
        let q = Pseudonimisering(namen: [("Truus", "oma Truus", "netwerklid")])
        #expect(q.term("Truus kookt") == "netwerklid kookt")
    }

    // MARK: ids hold no names

    static let femke = TijdlijnFormat(
        bestand: "praktijk-femke-jansen.yaml", casus: "c",
        ingediendDoor: Indiener(rol: "wijkcoach", organisatie: "Praktijk Femke Jansen", naam: "Femke Jansen"),
        gezinsleden: [Gezinslid(id: "kind-1", rol: .kind, naam: "Sanne")],
        gebeurtenissen: [M.gebeurtenis("2019-03", "Sannes verjaardag loopt uit op ruzie")],
        regie: [M.regie("2019-01", nil, "wijkcoach", "Praktijk Femke Jansen")])

    @Test func idsZonderNamen() throws {
        let t = Samenvoeger.voegSamen([Self.femke]).tijdlijn
        let json = String(decoding: t.gepseudonimiseerd().json(), as: UTF8.self).lowercased()
        for naam in ["femke", "jansen", "sanne"] {
            #expect(!json.contains(naam), "\(naam) in tijdlijn.json")
            for id in M.alleIds(t) + t.bronnen.map(\.id) { #expect(!id.contains(naam), "\(naam) in id \(id)") }
        }
        #expect(t.bronnen.map(\.id) == ["wijkcoach-praktijk-wijkcoach"])
        #expect(t.gebeurtenissen.map(\.id) == ["gebeurtenis-gebeurtenis-2019-03-kind-1-verjaardag-loopt"])
    }

    @Test func bronAchtervoegselZonderNaam() {
        // Two formats that differ only in who wrote them: the suffix cannot be a hash of
        // the name, so a list of the team's names tells nothing.
        var a = Self.femke, b = Self.femke
        a.ingediendDoor.naam = "Femke Jansen"
        b.ingediendDoor.naam = "Piet Bakker"
        b.bestand = "piet.yaml"
        let ids = Samenvoeger.voegSamen([a, b]).tijdlijn.bronnen.map(\.id)
        #expect(Set(ids).count == 2)
        var c = b
        c.ingediendDoor.naam = "Kees Smit"
        let anders = Samenvoeger.voegSamen([a, c]).tijdlijn.bronnen.map(\.id)
        #expect(ids == anders, "the ids depend on the names")
    }
}

/// A sticky signed with role words only ("advocaat moeder") names nobody: its words stay,
/// so "Moeder meldt zich" is not turned into "deelnemer meldt zich". A real name still goes.
@Test func eenDoorVanAlleenRolwoordenIsGeenNaam() {
    let bron = Bron(id: "advocaat-hofplein", bestand: "advocaat.yaml", rol: "advocaat", organisatie: "Het Hofplein")
    let moeder = Gezinslid(id: "moeder", rol: .moeder, naam: "Ilse")
    let t = Tijdlijn(casus: "c", bronnen: [bron],
                     gezinsleden: [TijdlijnItem(id: "moeder", bronnen: [bron.id], inhoud: moeder,
                                                perBron: [BronInhoud(bron: bron.id, inhoud: moeder)], conflict: false)])
    let p = Pseudonimisering(t, deelnemers: ["advocaat moeder", "Fatima"])
    #expect(p.term("Moeder meldt zich bij de advocaat") == "Moeder meldt zich bij de advocaat")
    #expect(p.term("Fatima belt Ilse") == "deelnemer belt moeder")
}
