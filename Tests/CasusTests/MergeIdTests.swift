import Testing
@testable import Casus

/// Ids are what annotations hang on: readable, and stable under the changes a
/// session makes to its input.
@Suite struct MergeIdTests {
    @Test func leesbareIds() {
        let t = Samenvoeger.voegSamen(M.drieBronnen).tijdlijn
        #expect(t.interventies.map(\.id) == ["interventie-ouderschap-blijft-2018", "interventie-kinderen-uit-de-knel-2019"])
        #expect(t.kader.map(\.id) == ["kader-raadsonderzoek-2020"])
        #expect(t.regie.map(\.id) == ["regie-wijkcoach-wijkteam-hengelo-2017",
                                      "regie-jeugdbeschermer-jeugdbescherming-oost-2020"])
        #expect(t.gebeurtenissen.map(\.id) == ["gebeurtenis-scheiding-2016-09-scheiding-ouders-vader"])
        #expect(t.regiewisselingen.map(\.id) == ["regiewissel-jeugdbeschermer-jeugdbescherming-oost-2020"])
    }

    @Test func bronIdsKomenVanRolEnOrganisatie() {
        let t = Samenvoeger.voegSamen([M.format("Intern begeleider", "Basisschool De Wilgenhoek", bestand: "ib-jan.yaml")]).tijdlijn
        #expect(t.bronnen.map(\.id) == ["intern-begeleider-basisschool-de-wilgenhoek"])
        #expect(t.bronnen[0].bestand == "ib-jan.yaml")
    }

    @Test func hernoemdBestandVeranderdGeenId() {
        var hernoemd = M.drieBronnen
        hernoemd[0].bestand = "/elders/iets-heel-anders.yaml"
        let voor = Samenvoeger.voegSamen(M.drieBronnen).tijdlijn
        let na = Samenvoeger.voegSamen(hernoemd).tijdlijn
        #expect(M.alleIds(voor) == M.alleIds(na))
        #expect(voor.bronnen.map(\.id) == na.bronnen.map(\.id))
    }

    @Test func losItemErbijVeranderdGeenAndereIds() {
        var meer = M.drieBronnen
        meer[1].interventies.insert(M.interventie("Omgangsbegeleiding", "De Stapsteen", "2020-01"), at: 0)
        meer[0].gebeurtenissen.insert(M.gebeurtenis("2023-02", "Ruzie aan de voordeur.", soort: .incident), at: 0)
        meer[2].gezinsleden.append(Gezinslid(id: "kind-2", rol: .kind))
        let voor = Set(M.alleIds(Samenvoeger.voegSamen(M.drieBronnen).tijdlijn))
        let na = Set(M.alleIds(Samenvoeger.voegSamen(meer).tijdlijn))
        #expect(voor.isSubset(of: na))
        #expect(na.count == voor.count + 3)
    }

    @Test func botsendeIdsKrijgenInhoudsachtervoegsel() {
        // Two different KIES trajectories in 2019 at different providers.
        let formats = [
            M.format("a", "X", interventies: [M.interventie("KIES", "Humanitas", "2019-02")]),
            M.format("b", "Y", interventies: [M.interventie("KIES", "Kompas", "2019-09")]),
        ]
        let ids = Samenvoeger.voegSamen(formats).tijdlijn.interventies.map(\.id)
        #expect(Set(ids).count == 2)
        #expect(ids.contains("interventie-kies-2019"))
        #expect(ids.allSatisfy { $0.hasPrefix("interventie-kies-2019") })
        // The same ids whichever way round the files come.
        let omgekeerd = Samenvoeger.voegSamen(formats.reversed()).tijdlijn.interventies.map(\.id)
        #expect(Set(ids) == Set(omgekeerd))
    }

    @Test func tweeMensenMetDezelfdeRolEnOrganisatie() {
        let een = M.format("wijkcoach", "Wijkteam", bestand: "a.yaml", naam: "Anna",
                           interventies: [M.interventie("KIES", "H", "2019-02")])
        let twee = M.format("wijkcoach", "Wijkteam", bestand: "b.yaml", naam: "Bram",
                            interventies: [M.interventie("KIES", "H", "2019-03")])
        let r1 = Samenvoeger.voegSamen([een, twee])
        let r2 = Samenvoeger.voegSamen([twee, een])
        #expect(r1.tijdlijn == r2.tijdlijn)
        #expect(r1.tijdlijn.bronnen.count == 2)
        #expect(r1.tijdlijn.bronnen.allSatisfy { $0.id.hasPrefix("wijkcoach-wijkteam-") })
        #expect(Set(r1.tijdlijn.bronnen.map(\.id)).count == 2)
        // Two people, so their entries may be merged.
        #expect(r1.tijdlijn.interventies.count == 1)
        #expect(r1.meldingen.waarschuwingen.count == 2)
        // Renaming the files does not change who is who.
        var c = een, d = twee
        c.bestand = "z.yaml"; d.bestand = "0.yaml"
        let r3 = Samenvoeger.voegSamen([c, d])
        #expect(r3.tijdlijn.bronnen.map(\.id) == r1.tijdlijn.bronnen.map(\.id))
    }

    @Test func hetzelfdeFormatTweeKeerTeltEenKeer() {
        let eenmaal = M.json(M.drieBronnen)
        let tweemaal = M.json(M.drieBronnen + M.drieBronnen)
        #expect(eenmaal == tweemaal)
        var kopie = M.drieBronnen[0]
        kopie.bestand = "zzz-kopie.yaml"
        let resultaat = Samenvoeger.voegSamen(M.drieBronnen + [kopie])
        #expect(resultaat.tijdlijn.bronnen.count == 3)
        #expect(resultaat.meldingen.waarschuwingen.count == 1)
        #expect(resultaat.meldingen.first?.pad == "zzz-kopie.yaml")
    }
}
