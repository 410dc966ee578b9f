import Testing
@testable import Casus

@Suite("Patronen: alle regels samen")
struct PatronenTests {
    /// A casus that fires several rules at once.
    let tijdlijn = F.casus(
        interventies: [
            F.hulp("interventie-mediation-2019", .mediation, "2019-02", "2019-06", afloop: .voortijdigGestopt,
                   naam: "mediation", aanbieder: "Mediatorpraktijk Oost"),
            F.hulp("interventie-kies-2018", .communicatie, "mrt 2018", "dec 2018", naam: "KIES"),
            F.hulp("interventie-ob-2019", .gezamenlijkOuderschap, "2019-09", "2020-01",
                   overdracht: .terugNaarRegie, naam: "Ouderschap Blijft", aanbieder: "De Bascule"),
        ],
        kader: [F.kader("kader-ots-2020", "2020-03", naar: .gedwongen, maatregel: .ots)],
        gezinsleden: [F.lid("kind-1", .kind), F.lid("moeder", .moeder)])

    @Test func specVolgordeDanDatum() {
        let ids = Patronen.detecteer(tijdlijn).map(\.patroon)
        #expect(ids == ["opeenvolgende-hulp", "opschaling-uit-machteloosheid", "samen-aan-tafel-herhaald",
                        "kinderen-uit-beeld", "netwerk-niet-in-kaart"])
        let bevindingen = Patronen.detecteer(tijdlijn)
        #expect(bevindingen.allSatisfy { !$0.bewijs.isEmpty || $0.patroon == "netwerk-niet-in-kaart" })
        #expect(bevindingen.first?.bewijs == ["interventie-kies-2018", "interventie-mediation-2019", "interventie-ob-2019"])
    }

    @Test func bevindingenVanEenRegelOpDatumVanHetBewijs() {
        // Two parallel interventies: each its own finding, earliest first.
        let t = F.casus(interventies: [
            F.hulp("p2", .parallelOuderschap, "2021-01-01", afloop: .lopend),
            F.hulp("a", .communicatie, "2018-01-01", "2018-06-01"),
            F.hulp("b", .mediation, "2018-07-01", "2018-12-01"),
            F.hulp("p1", .parallelOuderschap, "2019-01-01", "2019-12-01", afloop: .nietGelukt),
        ], netwerk: [F.netwerk("oma")])
        let parallel = Patronen.detecteer(t).filter { $0.patroon == ParallelOuderschapAlsLaatsteStrohalm.id }
        #expect(parallel.map { $0.bewijs.first } == ["p1", "p2"])
    }

    @Test func uitgezetteRegelVuurtNiet() {
        var instellingen = PatroonInstellingen()
        instellingen.uit["kinderen-uit-beeld"] = true
        instellingen[SamenAanTafelHerhaald.minAantal] = 4
        let ids = Patronen.detecteer(tijdlijn, instellingen: instellingen).map(\.patroon)
        #expect(ids == ["opeenvolgende-hulp", "opschaling-uit-machteloosheid", "netwerk-niet-in-kaart"])
    }

    @Test func legeCasusAlleenNetwerk() {
        #expect(Patronen.detecteer(F.casus()).map(\.patroon) == ["netwerk-niet-in-kaart"])
    }

    @Test func regelsUniekEnInSpecVolgorde() {
        let ids = Patronen.regels.map { type(of: $0).id }
        #expect(ids == ["opeenvolgende-hulp", "opschaling-uit-machteloosheid", "samen-aan-tafel-herhaald",
                        "parallel-ouderschap-als-laatste-strohalm", "wisselende-regie", "regie-onduidelijk",
                        "regie-gat", "abrupte-afschaling", "kinderen-uit-beeld", "netwerk-niet-in-kaart",
                        "onvolledige-informatie"])
        #expect(Patronen.regels.map { type(of: $0).titel } == [
            "Opeenvolgende hulp", "Opschaling uit machteloosheid", "Steeds weer samen aan tafel",
            "Parallel ouderschap als laatste strohalm", "Steeds wisselende regie", "Onduidelijke regie",
            "Gat in de regie", "Abrupte afschaling", "Kinderen uit beeld", "Netwerk niet in kaart",
            "Onvolledige informatie"])
    }

    @Test func uitlegNoemtGeenNamenVanMensen() {
        for b in Patronen.detecteer(tijdlijn) { #expect(!b.uitleg.contains("Naam ")) }
    }

    @Test func tekstweergave() {
        let tekst = PatronenTekst.maak(Patronen.detecteer(tijdlijn), tijdlijn: tijdlijn)
        #expect(tekst.hasPrefix("Casus test-2024-01: 5 bevindingen.\n\n1. Opeenvolgende hulp (opeenvolgende-hulp)\n   3 interventies na elkaar van maart 2018 tot januari 2020"))
        #expect(tekst.contains("   - interventie-kies-2018  KIES (Humanitas), afloop niet-gelukt, mrt 2018 – dec 2018\n"))
        #expect(tekst.contains("   - kader-ots-2020  vrijwillig → gedwongen (OTS), reden onbekend, mrt 2020\n"))
        #expect(tekst.contains("   - gezinslid-kind-1  kind kind-1\n"))
        #expect(tekst.contains("5. Netwerk niet in kaart (netwerk-niet-in-kaart)"))
        #expect(tekst.contains("   Bewijs: geen afzonderlijke items (zie de uitleg)."))
        #expect(!tekst.contains("Naam kind-1"))
        #expect(tekst.split(separator: "\n").allSatisfy { $0.count <= 92 || $0.hasPrefix("   - ") })
        #expect(PatronenTekst.maak([], tijdlijn: tijdlijn) == "Casus test-2024-01: geen patronen gevonden.\n")
    }
}

@Suite("Patronen: volgorde van de invoer doet er niet toe")
struct PatronenVolgordeTests {
    let tijdlijn = F.casus(
        interventies: [
            F.hulp("a", .communicatie, "2018-01", "2018-03"),
            F.hulp("b", .mediation, "2018-04", "2018-06", afloop: nil),
            F.hulp("c", .gezamenlijkOuderschap, "2018-07", "2018-09", overdracht: .terugNaarRegie),
            F.hulp("p", .parallelOuderschap, "2021", afloop: .lopend),
            F.hulp("d", .communicatie, "2019-03", "2019-05", afloop: .onbekend),
        ],
        kader: [F.kader("ots", "2019-06", naar: .gedwongen), F.kader("eind", "2020-06", naar: .vrijwillig)],
        regie: [F.regie("r1", "2017", "2018-06", wie: "wijkcoach"),
                F.regie("r2", "2018-05", "2019-01", wie: "jeugdbeschermer"),
                F.regie("r3", "2019-06", "2020-06", wie: "casusregisseur")],
        wissels: [F.wissel("w1", "2018-05", van: "r1", naar: "r2"),
                  F.wissel("w2", "2019-06", van: "r2", naar: "r3")],
        gebeurtenissen: [F.gebeurtenis("g1", "2015"), F.gebeurtenis("g2", "2017-02")],
        gezinsleden: [F.lid("kind-1", .kind)])

    @Test func omgekeerdEnGedraaidGeeftDezelfdeBevindingen() {
        let verwacht = Patronen.detecteer(tijdlijn)
        #expect(verwacht.count >= 6)
        for draai in 0..<5 {
            var t = tijdlijn
            func schud<T>(_ a: [T]) -> [T] {
                let r = Array(a.reversed())
                guard !r.isEmpty else { return r }
                let k = draai % r.count
                return Array(r[k...] + r[..<k])
            }
            t.interventies = schud(t.interventies)
            t.kader = schud(t.kader)
            t.regie = schud(t.regie)
            t.regiewisselingen = schud(t.regiewisselingen)
            t.gebeurtenissen = schud(t.gebeurtenissen)
            #expect(Patronen.detecteer(t) == verwacht)
        }
    }
}
