import Testing
@testable import Casus

@Suite("Patroon opeenvolgende-hulp")
struct OpeenvolgendeHulpTests {
    let regel = OpeenvolgendeHulp()

    /// Three unsuccessful interventies; the third starts `gat` days after the second ended.
    func keten(gat: Int) -> Tijdlijn {
        let derdeStart = Dag(2019, 6, 30).plus(dagen: gat).description
        return F.casus(interventies: [
            F.hulp("kies", .communicatie, "2018-03-01", "2018-12-15", naam: "KIES"),
            F.hulp("ob", .gezamenlijkOuderschap, "2019-01-10", "2019-06-30",
                   naam: "Ouderschap Blijft", aanbieder: "Stichting Ouderschap"),
            F.hulp("mediation", .mediation, derdeStart, "2020-12-01", naam: "mediation",
                   aanbieder: "Mediatorpraktijk"),
        ])
    }

    @Test func ketenVanDrieVuurtMetBewijsInVolgorde() throws {
        let bevindingen = F.vind(regel, keten(gat: 40))
        let b = try #require(bevindingen.first)
        #expect(bevindingen.count == 1)
        #expect(b.patroon == "opeenvolgende-hulp")
        #expect(b.titel == "Opeenvolgende hulp")
        #expect(b.bewijs == ["kies", "ob", "mediation"])
        #expect(b.uitleg.hasPrefix("3 interventies na elkaar van 1 maart 2018 tot 1 december 2020"))
        #expect(b.uitleg.contains("KIES (Humanitas), Ouderschap Blijft (Stichting Ouderschap) en mediation (Mediatorpraktijk)"))
        #expect(b.uitleg.contains("elk zonder succes beëindigd"))
    }

    @Test func gatPrecies183DagenVuurt184Niet() {
        #expect(F.vind(regel, keten(gat: 183)).count == 1)
        #expect(F.vind(regel, keten(gat: 184)).isEmpty)
    }

    @Test func overlapPrecies31DagenVuurt32Niet() {
        #expect(F.vind(regel, keten(gat: -31)).count == 1)
        #expect(F.vind(regel, keten(gat: -32)).isEmpty)
    }

    @Test func drempelsUitInstellingen() {
        #expect(F.vind(regel, keten(gat: 200), F.met(OpeenvolgendeHulp.maxGatDagen, 200)).count == 1)
        #expect(F.vind(regel, keten(gat: -40), F.met(OpeenvolgendeHulp.overlapDagen, 40)).count == 1)
        #expect(F.vind(regel, keten(gat: 40), F.met(OpeenvolgendeHulp.minKeten, 4)).isEmpty)
    }

    @Test func ketenVanTweeVuurtNietTenzijMinKetenTwee() {
        let tijdlijn = F.casus(interventies: [
            F.hulp("a", .communicatie, "2018-01-01", "2018-06-01"),
            F.hulp("b", .mediation, "2018-07-01", "2018-12-01"),
        ])
        #expect(F.vind(regel, tijdlijn).isEmpty)
        #expect(F.vind(regel, tijdlijn, F.met(OpeenvolgendeHulp.minKeten, 2)).map(\.bewijs) == [["a", "b"]])
    }

    @Test func deLaatsteMagSlagenEenEerdereNiet() {
        let laatsteGeslaagd = F.casus(interventies: [
            F.hulp("a", .communicatie, "2018-01-01", "2018-06-01"),
            F.hulp("b", .mediation, "2018-07-01", "2018-12-01", afloop: .voortijdigGestopt),
            F.hulp("c", .individueel, "2019-01-01", "2019-06-01", afloop: .doelBereikt),
        ])
        let b = F.vind(regel, laatsteGeslaagd)
        #expect(b.map(\.bewijs) == [["a", "b", "c"]])
        #expect(b.first?.uitleg.contains("tot de laatste het doel bereikte") == true)

        let middelsteGeslaagd = F.casus(interventies: [
            F.hulp("a", .communicatie, "2018-01-01", "2018-06-01"),
            F.hulp("b", .mediation, "2018-07-01", "2018-12-01", afloop: .doelBereikt),
            F.hulp("c", .individueel, "2019-01-01", "2019-06-01"),
        ])
        #expect(F.vind(regel, middelsteGeslaagd).isEmpty)
    }

    @Test func terugNaarRegieTeltAlsZonderSucces() throws {
        let tijdlijn = F.casus(interventies: [
            F.hulp("a", .diagnostiek, "2018-01-01", "2018-03-01", afloop: .deels, overdracht: .terugNaarRegie),
            F.hulp("b", .diagnostiek, "2018-04-01", "2018-06-01", afloop: nil, overdracht: .terugNaarRegie),
            F.hulp("c", .individueel, "2018-07-01", afloop: .lopend),
        ])
        let b = try #require(F.vind(regel, tijdlijn).first)
        #expect(b.bewijs == ["a", "b", "c"])
        #expect(b.uitleg.contains("zonder resultaat teruggegeven aan de regie behalve de laatste, die nog loopt"))
    }

    @Test func elkeMaximaleKetenEenKeerDeLangste() {
        // a→b→c→d, and x also follows b; the longest chain wins, its parts are not repeated.
        let tijdlijn = F.casus(interventies: [
            F.hulp("a", .communicatie, "2018-01-01", "2018-03-01"),
            F.hulp("b", .communicatie, "2018-04-01", "2018-06-01"),
            F.hulp("x", .mediation, "2018-07-01", "2018-08-01", afloop: .doelBereikt),
            F.hulp("c", .communicatie, "2018-07-15", "2018-09-01"),
            F.hulp("d", .communicatie, "2018-10-01", "2018-12-01"),
        ])
        #expect(F.vind(regel, tijdlijn).map(\.bewijs) == [["a", "b", "c", "d"]])
    }

    @Test func gelijkeLengteWintDeVroegsteStart() {
        // Both p→r→s and q→r→s have length 3 (q starts too long before p ends); p starts first.
        let tijdlijn = F.casus(interventies: [
            F.hulp("p", .communicatie, "2018-01-01", "2018-03-01"),
            F.hulp("q", .communicatie, "2018-01-15", "2018-03-15"),
            F.hulp("r", .communicatie, "2018-04-01", "2018-06-01"),
            F.hulp("s", .communicatie, "2018-07-01", "2018-09-01"),
        ])
        #expect(F.vind(regel, tijdlijn).map(\.bewijs) == [["p", "r", "s"]])
    }

    @Test func tweeLosseKettingenTweeBevindingen() {
        let tijdlijn = F.casus(interventies: [
            F.hulp("a1", .communicatie, "2015-01-01", "2015-03-01"),
            F.hulp("a2", .communicatie, "2015-04-01", "2015-06-01"),
            F.hulp("a3", .communicatie, "2015-07-01", "2015-09-01"),
            F.hulp("b1", .communicatie, "2019-01-01", "2019-03-01"),
            F.hulp("b2", .communicatie, "2019-04-01", "2019-06-01"),
            F.hulp("b3", .communicatie, "2019-07-01", "2019-09-01"),
        ])
        #expect(F.vind(regel, tijdlijn).map(\.bewijs) == [["a1", "a2", "a3"], ["b1", "b2", "b3"]])
    }

    @Test func zonderEindeAlleenVolgbaarAlsAfloopZegtDatHetAfliep() throws {
        // b has no einde: with niet-gelukt its start's interval end (mei 2018) stands in.
        let afgelopen = F.casus(interventies: [
            F.hulp("a", .communicatie, "2018-01-01", "2018-03-01"),
            F.hulp("b", .communicatie, "mei 2018", afloop: .nietGelukt, naam: "KIES"),
            F.hulp("c", .communicatie, "2018-11-30", "2019-03-01"),
        ])
        let b = try #require(F.vind(regel, afgelopen).first)
        #expect(b.bewijs == ["a", "b", "c"])
        #expect(b.uitleg.contains("van KIES is geen einddatum bekend"))
        // 2018-05-31 + 184 days: too late.
        let teLaat = F.casus(interventies: [
            F.hulp("a", .communicatie, "2018-01-01", "2018-03-01"),
            F.hulp("b", .communicatie, "mei 2018", afloop: .nietGelukt),
            F.hulp("c", .communicatie, "2018-12-01", "2019-03-01"),
        ])
        #expect(F.vind(regel, teLaat).isEmpty)
        // Without einde and with an unknown afloop nothing can follow it.
        let onbekend = F.casus(interventies: [
            F.hulp("a", .communicatie, "2018-01-01", "2018-03-01"),
            F.hulp("b", .communicatie, "mei 2018", afloop: .onbekend, overdracht: nil),
            F.hulp("c", .communicatie, "2018-06-01", "2019-03-01"),
        ])
        #expect(F.vind(regel, onbekend).isEmpty)
    }

    @Test func vageDatumsEindeIsIntervalEindeStartIsIntervalBegin() {
        // einde "2018" ends 2018-12-31; "juli 2019" starts 2019-07-01: 182 days; "aug 2019": 213.
        func tijdlijn(_ start: String) -> Tijdlijn {
            F.casus(interventies: [
                F.hulp("a", .communicatie, "2017", "voorjaar 2018"),
                F.hulp("b", .communicatie, "zomer 2018", "2018"),
                F.hulp("c", .communicatie, start, "2020"),
            ])
        }
        #expect(F.vind(regel, tijdlijn("juli 2019")).count == 1)
        #expect(F.vind(regel, tijdlijn("aug 2019")).isEmpty)
    }
}
