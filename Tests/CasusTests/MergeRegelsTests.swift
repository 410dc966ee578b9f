import Testing
@testable import Casus

/// The rules that decide when entries of different sources are one item.
@Suite struct MergeRegelsTests {
    let a = "wijkcoach", b = "jeugdbeschermer"

    @Test func interventieNegeertHoofdlettersAccentenEnSpaties() {
        let t = Samenvoeger.voegSamen([
            M.format(a, "X", interventies: [M.interventie("Ouderschap Blijft", "Jeugdhulp Twentekanaal", "2018-03")]),
            M.format(b, "Y", interventies: [M.interventie("ouderschap   blijft", "jeugdhulp twentekanaal", "voorjaar 2018")]),
            M.format("gedragswetenschapper", "Z", interventies: [M.interventie("Ouderschap-Blijft", "Jeugdhulp Twéntekanaal", "2018-04-02")]),
        ]).tijdlijn
        #expect(t.interventies.count == 1)
        #expect(t.interventies[0].bronnen.count == 3)
        #expect(t.interventies[0].id == "interventie-ouderschap-blijft-2018")
    }

    @Test func interventieAndereAanbiederOfVerreStartBlijftApart() {
        let t = Samenvoeger.voegSamen([
            M.format(a, "X", interventies: [M.interventie("KIES", "Humanitas", "2019-03")]),
            M.format(b, "Y", interventies: [M.interventie("KIES", "Kinderpraktijk", "2019-03"),
                                            M.interventie("KIES", "Humanitas", "2021-03")]),
        ]).tijdlijn
        #expect(t.interventies.count == 3)
        #expect(Set(t.interventies.map(\.id)).count == 3)
    }

    @Test func startdrempelIsInclusief() {
        // 2019-01-01 and 2019-04-03 lie 92 days apart: still one; 93 days: two.
        let een = Samenvoeger.voegSamen([
            M.format(a, "X", interventies: [M.interventie("KIES", "H", "2019-01-01")]),
            M.format(b, "Y", interventies: [M.interventie("KIES", "H", "2019-04-03")]),
        ]).tijdlijn
        let twee = Samenvoeger.voegSamen([
            M.format(a, "X", interventies: [M.interventie("KIES", "H", "2019-01-01")]),
            M.format(b, "Y", interventies: [M.interventie("KIES", "H", "2019-04-04")]),
        ]).tijdlijn
        #expect(een.interventies.count == 1)
        #expect(twee.interventies.count == 2)
    }

    @Test func eenBronWordtNooitMetZichzelfSamengevoegd() {
        let t = Samenvoeger.voegSamen([
            M.format(a, "X", gebeurtenissen: [M.gebeurtenis("2019-03-01", "Ruzie bij de overdracht", soort: .incident),
                                              M.gebeurtenis("2019-03-02", "Ruzie bij de overdracht", soort: .incident)],
                     interventies: [M.interventie("KIES", "H", "2019-03"), M.interventie("KIES", "H", "2019-04")]),
        ]).tijdlijn
        #expect(t.interventies.count == 2)
        #expect(t.gebeurtenissen.count == 2)
        #expect(Set(M.alleIds(t)).count == 4)
    }

    @Test func tweeBronnenTegenEenKiezenDeBestePartner() {
        // Source b has two KIES trajectories; a's entry must join the closer one.
        let t = Samenvoeger.voegSamen([
            M.format(a, "X", interventies: [M.interventie("KIES", "H", "2019-03-10")]),
            M.format(b, "Y", interventies: [M.interventie("KIES", "H", "2019-01-05"), M.interventie("KIES", "H", "2019-03-12")]),
        ]).tijdlijn
        #expect(t.interventies.count == 2)
        let samen = t.interventies.first { $0.bronnen.count == 2 }
        #expect(samen?.perBron.map(\.inhoud.start.tekst).sorted() == ["2019-03-10", "2019-03-12"])
    }

    @Test func kaderOpRichtingMaatregelEnDatum() {
        let t = Samenvoeger.voegSamen([
            M.format(a, "X", kader: [M.kader("2020-10-06", .ots), M.kader("2022-10", naarGedwongen: false, .eindeOts)]),
            M.format(b, "Y", kader: [M.kader("najaar 2020", nil), M.kader("2022-10-11", naarGedwongen: false, .eindeOts),
                                     M.kader("2021-10", .verlengingOts)]),
        ]).tijdlijn
        #expect(t.kader.map(\.id) == ["kader-ots-2020", "kader-verlenging-ots-2021", "kader-einde-ots-2022"])
        #expect(t.kader.map(\.bronnen.count) == [2, 1, 2])
    }

    @Test func kaderAndereMaatregelBlijftApart() {
        let t = Samenvoeger.voegSamen([
            M.format(a, "X", kader: [M.kader("2020-06", .raadsonderzoek)]),
            M.format(b, "Y", kader: [M.kader("2020-07", .voorlopigeOts)]),
        ]).tijdlijn
        #expect(t.kader.count == 2)
    }

    @Test func regieOpHouderEnOverlap() {
        let t = Samenvoeger.voegSamen([
            M.format(a, "X", regie: [M.regie("2017", "2020-10-06", "wijkcoach", "Wijkteam Hengelo"),
                                     M.regie("2022-10", nil, "wijkcoach", "Wijkteam Hengelo")]),
            M.format(b, "Y", regie: [M.regie("maart 2017", "2020-10", "Wijkcoach", "wijkteam hengelo", gemeente: "Hengelo")]),
        ]).tijdlijn
        #expect(t.regie.map(\.id) == ["regie-wijkcoach-wijkteam-hengelo-2017", "regie-wijkcoach-wijkteam-hengelo-2022"])
        #expect(t.regie.map(\.bronnen.count) == [2, 1])
        #expect(t.regie[0].inhoud.gemeente == "Hengelo")
    }

    @Test func regieAndereGemeenteBlijftApart() {
        let t = Samenvoeger.voegSamen([
            M.format(a, "X", regie: [M.regie("2017", "2018", "wijkcoach", "Wijkteam", gemeente: "Hengelo")]),
            M.format(b, "Y", regie: [M.regie("2017", "2018", "wijkcoach", "Wijkteam", gemeente: "Enschede")]),
        ]).tijdlijn
        #expect(t.regie.count == 2)
    }

    @Test func gebeurtenisOpTekstOfGedeeldeBetrokkenen() {
        let t = Samenvoeger.voegSamen([
            M.format(a, "X", gebeurtenissen: [
                M.gebeurtenis("oktober 2017", "Melding bij Veilig Thuis na een gesprek met Sanne.", soort: .melding),
                M.gebeurtenis("2019-03-14", "Sanne weigert nog naar vader te gaan.", soort: .contactbreuk,
                              betrokkenen: ["kind-1", "vader"]),
            ]),
            M.format(b, "Y", gebeurtenissen: [
                // Same words, dates 10 days apart, default soort: one by text.
                M.gebeurtenis("2017-11-10", "Sanne vertelt; melding Veilig Thuis"),
                // Other words, same soort, shared person, overlapping dates: one.
                M.gebeurtenis("2019-03", "Contact met vader stopt.", soort: .contactbreuk, betrokkenen: ["Kind-1"]),
            ]),
        ]).tijdlijn
        #expect(t.gebeurtenissen.count == 2)
        #expect(t.gebeurtenissen.allSatisfy { $0.bronnen.count == 2 })
        #expect(t.gebeurtenissen[0].inhoud.soort == .melding)
        // Union in source-id order, repeats that differ only in case dropped.
        #expect(t.gebeurtenissen[1].inhoud.betrokkenen == ["Kind-1", "vader"])
    }

    @Test func gebeurtenisZonderSoortEnAlleenEenPersoonBlijftApart() {
        // Both default soort, shared kind-1, other words: different events.
        let t = Samenvoeger.voegSamen([
            M.format(a, "X", gebeurtenissen: [M.gebeurtenis("eind 2019", "Vader dreigt met een kort geding.",
                                                            betrokkenen: ["vader", "kind-1"])]),
            M.format(b, "Y", gebeurtenissen: [M.gebeurtenis("14 nov 2019", "Slotbijeenkomst kindergroep.",
                                                            betrokkenen: ["kind-1"])]),
        ]).tijdlijn
        #expect(t.gebeurtenissen.count == 2)
    }

    @Test func gebeurtenisAndereSoortBlijftApart() {
        let t = Samenvoeger.voegSamen([
            M.format(a, "X", gebeurtenissen: [M.gebeurtenis("2018-06", "Zitting over de omgang.", soort: .rechtszaak)]),
            M.format(b, "Y", gebeurtenissen: [M.gebeurtenis("2018-06-19", "Uitspraak over de omgang.", soort: .uitspraak)]),
        ]).tijdlijn
        #expect(t.gebeurtenissen.count == 2)
    }

    @Test func personenOpId() {
        let t = Samenvoeger.voegSamen(M.drieBronnen).tijdlijn
        #expect(t.gezinsleden.map(\.id) == ["kind-1", "moeder"])
        #expect(t.gezinsleden.map(\.bronnen.count) == [2, 2])
    }
}
