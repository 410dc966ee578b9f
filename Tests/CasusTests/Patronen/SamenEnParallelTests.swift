import Testing
@testable import Casus

@Suite("Patroon samen-aan-tafel-herhaald")
struct SamenAanTafelHerhaaldTests {
    let regel = SamenAanTafelHerhaald()

    @Test func tweeKeerSamenZonderDoelVuurt() throws {
        let t = F.casus(interventies: [
            F.hulp("mediation-2019", .mediation, "2019-03", "2019-06", afloop: .voortijdigGestopt,
                   naam: "mediation", aanbieder: "Mediatorpraktijk"),
            F.hulp("kies-2018", .communicatie, "2018", "2018", afloop: nil, naam: "KIES"),
            F.hulp("ob-2020", .gezamenlijkOuderschap, "2020", afloop: .doelBereikt),
            F.hulp("indiv", .individueel, "2020", afloop: .nietGelukt),
        ])
        let b = try #require(F.vind(regel, t).first)
        #expect(b.bewijs == ["kies-2018", "mediation-2019"])
        #expect(b.uitleg == "De ouders werden 2 keer samen aan tafel gezet (KIES (Humanitas) in 2018 en mediation (Mediatorpraktijk) in maart 2019) zonder dat het doel werd bereikt.")
    }

    @Test func eenKeerVuurtNiet() {
        let t = F.casus(interventies: [
            F.hulp("a", .mediation, "2019-03", afloop: .lopend),
            F.hulp("b", .communicatie, "2018", afloop: .doelBereikt),
        ])
        #expect(F.vind(regel, t).isEmpty)
        #expect(F.vind(regel, t, F.met(SamenAanTafelHerhaald.minAantal, 1)).map(\.bewijs) == [["a"]])
    }

    @Test func lopendEnDeelsTellenMee() {
        let t = F.casus(interventies: [
            F.hulp("a", .mediation, "2019-03", afloop: .lopend),
            F.hulp("b", .communicatie, "2018", afloop: .deels),
        ])
        #expect(F.vind(regel, t).first?.uitleg.contains("(1 daarvan loopt nog)") == true)
        #expect(F.vind(regel, t, F.met(SamenAanTafelHerhaald.minAantal, 3)).isEmpty)
    }
}

@Suite("Patroon parallel-ouderschap-als-laatste-strohalm")
struct ParallelOuderschapTests {
    let regel = ParallelOuderschapAlsLaatsteStrohalm()

    func tijdlijn(parallelStart: String) -> Tijdlijn {
        F.casus(interventies: [
            F.hulp("kies", .communicatie, "2018-01-01", "2018-06-30", naam: "KIES"),
            F.hulp("mediation", .mediation, "2019-01-01", "2019-06-30", overdracht: .terugNaarRegie,
                   naam: "mediation"),
            F.hulp("geslaagd", .mediation, "2017-01-01", "2017-06-30", afloop: .doelBereikt),
            F.hulp("indiv", .individueel, "2017-01-01", "2017-06-30"),
            F.hulp("parallel", .parallelOuderschap, parallelStart, afloop: .lopend,
                   naam: "parallel ouderschap", aanbieder: "Jarabee"),
        ])
    }

    @Test func naTweeMislukteSamenHulpVuurt() throws {
        let b = try #require(F.vind(regel, tijdlijn(parallelStart: "2019-09-01")).first)
        #expect(b.bewijs == ["parallel", "kies", "mediation"])
        #expect(b.uitleg == "Parallel ouderschap (Jarabee) begon op 1 september 2019, nadat 2 interventies om de ouders samen aan tafel te krijgen zonder succes waren geëindigd (KIES (Humanitas) en mediation (Humanitas)).")
    }

    @Test func startOpDeEinddagTeltStartDaarvoorNiet() {
        #expect(F.vind(regel, tijdlijn(parallelStart: "2019-06-30")).count == 1)
        #expect(F.vind(regel, tijdlijn(parallelStart: "2019-06-29")).isEmpty)
        // "juni 2019" starts on the 1st: the mediation's end is not before it.
        #expect(F.vind(regel, tijdlijn(parallelStart: "juni 2019")).isEmpty)
    }

    @Test func drempelMinEerder() {
        #expect(F.vind(regel, tijdlijn(parallelStart: "2019-06-29"), F.met(ParallelOuderschapAlsLaatsteStrohalm.minEerder, 1))
            .map(\.bewijs) == [["parallel", "kies"]])
        #expect(F.vind(regel, tijdlijn(parallelStart: "2020"), F.met(ParallelOuderschapAlsLaatsteStrohalm.minEerder, 3)).isEmpty)
    }
}
