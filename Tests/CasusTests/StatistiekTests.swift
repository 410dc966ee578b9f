import Foundation
import Testing
@testable import Casus

/// `casus statistiek` and the ages on items (issue 19): every figure below is
/// computed by hand from the casus in `casus()`; days count both ends.
@Suite struct StatistiekTests {
    static let format = """
    format: tijdlijn-format/1
    casus: test-2024-01
    ingediend_door:
      rol: wijkcoach
      organisatie: Wijkteam Oost
    gezinsleden:
      - id: kind-1
        rol: kind
        geboren: 2012-06-15
      - id: kind-2
        rol: kind
        geboren: 2015
      - id: kind-3
        rol: kind
      - id: moeder
        rol: moeder
        geboren: 1980
    gebeurtenissen:
      - datum: 2017-12-01
        wat: Ouders gaan uit elkaar
        soort: scheiding
      - datum: 2019-06-30
        wat: Laatste gesprek op school
        soort: school
    interventies:
      - naam: KIES
        aanbieder: Wijkteam Oost
        soort: kind
        start: 2018-01-01
        einde: 2018-01-31
      - naam: Mediation
        aanbieder: Mediationpraktijk Twente
        soort: mediation
        start: 2018-01-20
        einde: 2018-03-10
      - naam: Ouderschap Blijft
        aanbieder: wijkteam oost
        soort: gezamenlijk-ouderschap
        start: 2018-07-01
        einde: 2018-07-10
    kader:
      - datum: 2018-05-01
        van: vrijwillig
        naar: gedwongen
        maatregel: ots
      - datum: 2018-09-01
        van: gedwongen
        naar: vrijwillig
        maatregel: einde-ots
      - datum: 2019-01-01
        van: vrijwillig
        naar: gedwongen
        maatregel: ots

    """

    func analyse(sessie: String? = nil) throws -> Analyse {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(Self.format, naam: "wijkcoach.yaml", in: map)
        if let sessie { IntakeHulp.schrijf(sessie, naam: "sessie.yaml", in: map) }
        let r = Analyseren.voerUit(casus: map)
        return try #require(r.analyse, "\(r.meldingen)")
    }

    @Test func tellingenVanDeSamengevoegdeCasus() throws {
        let s = Statistiek(try analyse())
        #expect(s.interventies == 3)
        #expect(s.aanbieders == 2)  // "Wijkteam Oost" and "wijkteam oost" are one organisation
        #expect(s.regiewisselingen == 0)
        #expect(s.kaderovergangen == 3)
    }

    @Test func dagenInHulpIsDeVereniging() throws {
        // 1 Jan – 10 Mar 2018 (overlapping KIES and mediation: 31 + 28 + 10) plus 1–10 Jul.
        #expect(Statistiek(try analyse()).dagenInHulp == 69 + 10)
    }

    @Test func dagenGedwongenLoopTotDeDagVoorDeVolgendeOvergang() throws {
        // 1 May – 31 Aug 2018 (123) and 1 Jan 2019 through the casus's end, 30 Jun 2019 (181).
        #expect(Statistiek(try analyse()).dagenGedwongen == 123 + 181)
    }

    @Test func langstePeriodeZonderHulp() throws {
        // Gaps: 1–31 Dec 2017 (31), 11 Mar – 30 Jun 2018 (112), 11 Jul 2018 – 30 Jun 2019 (355).
        #expect(Statistiek(try analyse()).langstePeriodeZonderHulpDagen == 355)
    }

    @Test func leeftijdenVanDeKinderenBijEersteHulpEnEersteGedwongenKader() throws {
        let s = Statistiek(try analyse())
        let kinderen = Dictionary(uniqueKeysWithValues: s.kinderen.map { ($0.gezinslid, $0) })
        #expect(s.kinderen.map(\.gezinslid) == ["kind-1", "kind-2", "kind-3"])
        // Born 15 June 2012: still 5 on 1 January and 1 May 2018.
        #expect(kinderen["kind-1"]?.leeftijdEersteHulp == .init(van: 5, tot: 5))
        #expect(kinderen["kind-1"]?.leeftijdEersteGedwongen == .init(van: 5, tot: 5))
        // Born some time in 2015: 2 or 3 on 1 January 2018, 2 or 3 on 1 May 2018.
        #expect(kinderen["kind-2"]?.leeftijdEersteHulp == .init(van: 2, tot: 3))
        #expect(kinderen["kind-2"]?.leeftijdEersteGedwongen == .init(van: 2, tot: 3))
        #expect(kinderen["kind-3"]?.leeftijdEersteHulp == nil)
        let json = String(decoding: s.json(), as: UTF8.self)
        #expect(json.contains("\"leeftijd_eerste_hulp\" : null"))
        for sleutel in ["interventies", "aanbieders", "regiewisselingen", "kaderovergangen", "dagen_in_hulp",
                        "dagen_gedwongen", "langste_periode_zonder_hulp_dagen", "kinderen", "verdeeld"] {
            #expect(json.contains("\"\(sleutel)\""), "sleutel \(sleutel) ontbreekt")
        }
    }

    @Test func leeftijdenOpDeItemsVanDeTijdlijn() throws {
        let t = try analyse().tijdlijn
        let scheiding = try #require(t.gebeurtenissen.first { $0.inhoud.soort == .scheiding })
        #expect(scheiding.leeftijden == [Leeftijd(gezinslid: "kind-1", van: 5, tot: 5),
                                         Leeftijd(gezinslid: "kind-2", van: 1, tot: 2)])
        let laatste = try #require(t.gebeurtenissen.first { $0.inhoud.soort == .school })
        #expect(laatste.leeftijden?.first == Leeftijd(gezinslid: "kind-1", van: 7, tot: 7))
        #expect(t.kader.allSatisfy { $0.leeftijden?.count == 2 })
        #expect(t.interventies.allSatisfy { $0.leeftijden?.count == 2 })
        #expect(t.gezinsleden.allSatisfy { $0.leeftijden == nil })
        #expect(String(decoding: t.json(), as: UTF8.self).contains("\"leeftijden\""))
    }

    @Test func voorDeGeboorteGeenLeeftijdInHetGeboortejaarNul() {
        let geboren = Datum(tekst: "2015", van: Dag(2015, 1, 1), tot: Dag(2015, 12, 31), precisie: .jaar)
        let ervoor = Datum(tekst: "2014", van: Dag(2014, 1, 1), tot: Dag(2014, 12, 31), precisie: .jaar)
        let zelfdeJaar = Datum(tekst: "zomer 2015", van: Dag(2015, 6, 1), tot: Dag(2015, 8, 31), precisie: .periode)
        #expect(Leeftijd.bereken(geboren: geboren, op: ervoor) == nil)
        #expect(Leeftijd.bereken(geboren: geboren, op: zelfdeJaar).map { [$0.van, $0.tot] } == [0, 0])
    }

    @Test func schrikkeldagIsEenJaarOuderOpEenMaart() {
        #expect(Leeftijd.jaren(geboren: Dag(2012, 2, 29), op: Dag(2013, 2, 28)) == 0)
        #expect(Leeftijd.jaren(geboren: Dag(2012, 2, 29), op: Dag(2013, 3, 1)) == 1)
        #expect(Leeftijd.jaren(geboren: Dag(2012, 2, 29), op: Dag(2016, 2, 29)) == 4)
    }

    @Test func verdeeldIsEenItemMetSmileyEnSadney() throws {
        let ids = try analyse().tijdlijn.interventies.map(\.id)
        let a = try analyse(sessie: """
        sessie: sessie/1
        casus: test-2024-01
        annotaties:
          - {item: \(ids[0]), soort: smiley, door: p1}
          - {item: \(ids[0]), soort: sadney, door: p2}
          - {item: \(ids[0]), soort: sadney, door: p3}
          - {item: \(ids[1]), soort: smiley, door: p1}
        """)
        #expect(Statistiek(a).verdeeld == [.init(item: ids[0], smiley: 1, sadney: 2)])
    }

    @Test func zonderInterventiesIsDeHelePeriodeZonderHulp() {
        let t = Tijdlijn(casus: "x", periode: Periode(van: Dag(2020, 1, 1), tot: Dag(2020, 12, 31)))
        let s = Statistiek(Analyse(tijdlijn: t))
        #expect(s.dagenInHulp == 0)
        #expect(s.langstePeriodeZonderHulpDagen == 366)
        #expect(s.dagenGedwongen == 0)
    }
}
