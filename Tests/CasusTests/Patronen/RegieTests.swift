import Testing
@testable import Casus

@Suite("Patroon wisselende-regie")
struct WisselendeRegieTests {
    let regel = WisselendeRegie()

    /// Periods r1…r(n+1) and a wissel between each pair on the given dates.
    func tijdlijn(_ data: [String]) -> Tijdlijn {
        let rollen = ["wijkcoach", "jeugdbeschermer", "casusregisseur", "wijkcoach", "jeugdbeschermer", "casusregisseur", "wijkcoach"]
        let perioden = (0...data.count).map { n in
            F.regie("r\(n + 1)", n == 0 ? "2005-01-01" : data[n - 1], n < data.count ? data[n] : nil,
                    wie: rollen[n % rollen.count], organisatie: "Org \(n + 1)")
        }
        let wissels = data.enumerated().map { n, datum in
            F.wissel("w\(n + 1)", datum, van: "r\(n + 1)", naar: "r\(n + 2)")
        }
        return F.casus(regie: perioden, wissels: wissels)
    }

    @Test func drieWisselsBinnen24MaandenVuurt() throws {
        let b = try #require(F.vind(regel, tijdlijn(["2018-01-01", "2019-01-01", "2020-01-01"])).first)
        #expect(b.bewijs == ["r1", "r2", "r3", "r4"])
        #expect(b.uitleg == "De regie wisselde 3 keer tussen 1 januari 2018 en 1 januari 2020, binnen 24 maanden: wijkcoach (Org 1) → jeugdbeschermer (Org 2) → casusregisseur (Org 3) → wijkcoach (Org 4).")
    }

    @Test func eenDagTeLaatVuurtNiet() {
        #expect(F.vind(regel, tijdlijn(["2018-01-01", "2019-01-01", "2020-01-02"])).isEmpty)
        #expect(F.vind(regel, tijdlijn(["2018-01-01", "2019-01-01", "2020-01-02"]),
                       F.met(WisselendeRegie.vensterMaanden, 25)).count == 1)
    }

    @Test func tweeWisselsVuurtNiet() {
        #expect(F.vind(regel, tijdlijn(["2018-01-01", "2018-02-01"])).isEmpty)
        #expect(F.vind(regel, tijdlijn(["2018-01-01", "2018-02-01"]), F.met(WisselendeRegie.minWissels, 2)).count == 1)
    }

    @Test func overlappendeVenstersZijnEenBevindingLosseTwee() {
        let vijf = F.vind(regel, tijdlijn(["2018-01-01", "2018-06-01", "2019-01-01", "2019-06-01", "2020-06-01"]))
        #expect(vijf.map(\.bewijs) == [["r1", "r2", "r3", "r4", "r5", "r6"]])
        #expect(vijf.first?.uitleg.contains("5 keer") == true)
        #expect(vijf.first?.uitleg.contains("waarvan 3 keer of vaker binnen 24 maanden") == true)
        let los = F.vind(regel, tijdlijn(["2010-01-01", "2010-06-01", "2011-01-01", "2018-01-01", "2018-06-01", "2019-01-01"]))
        #expect(los.map(\.bewijs) == [["r1", "r2", "r3", "r4"], ["r4", "r5", "r6", "r7"]])
    }
}

@Suite("Patroon regie-onduidelijk")
struct RegieOnduidelijkTests {
    let regel = RegieOnduidelijk()

    func tijdlijn(tweedeVanaf: String, tweedeWie: String = "jeugdbeschermer") -> Tijdlijn {
        F.casus(regie: [
            F.regie("wijkcoach", "2019-01-01", "2020-03-01", wie: "wijkcoach", gemeente: "Hengelo"),
            F.regie("gi", tweedeVanaf, "2021-01-01", wie: tweedeWie, organisatie: "GI Overijssel"),
        ])
    }

    @Test func overlapVanMeerDan31DagenVuurt() throws {
        let b = try #require(F.vind(regel, tijdlijn(tweedeVanaf: "2019-12")).first)
        #expect(b.bewijs == ["wijkcoach", "gi"])
        #expect(b.uitleg == "De regie lag langer dan 31 dagen bij meer dan één partij tegelijk: wijkcoach (Gemeente Hengelo, Hengelo) en jeugdbeschermer (GI Overijssel) vanaf december 2019 (91 dagen).")
    }

    @Test func precies31DagenVuurtNiet32Wel() {
        // 2020-03-01 − 2020-01-30 = 31 days; − 2020-01-29 = 32.
        #expect(F.vind(regel, tijdlijn(tweedeVanaf: "2020-01-30")).isEmpty)
        let b = F.vind(regel, tijdlijn(tweedeVanaf: "2020-01-29"))
        #expect(b.map(\.bewijs) == [["wijkcoach", "gi"]])
        #expect(b.first?.uitleg == "De regie lag langer dan 31 dagen bij meer dan één partij tegelijk: wijkcoach (Gemeente Hengelo, Hengelo) en jeugdbeschermer (GI Overijssel) vanaf 29 januari 2020 (32 dagen).")
        #expect(F.vind(regel, tijdlijn(tweedeVanaf: "2020-01-29"), F.met(RegieOnduidelijk.overlapDagen, 32)).isEmpty)
    }

    @Test func zelfdeHouderTeltNiet() {
        let t = F.casus(regie: [
            F.regie("a", "2019-01-01", "2020-03-01", wie: "wijkcoach"),
            F.regie("b", "2019-06-01", "2021-01-01", wie: "Wijkcoach "),
        ])
        #expect(F.vind(regel, t).isEmpty)
    }

    @Test func zonderTotLooptDeRegieDoor() throws {
        let t = F.casus(regie: [
            F.regie("a", "2018-01-01", wie: "wijkcoach"),
            F.regie("b", "2019-01-01", "2019-06-01", wie: "jeugdbeschermer"),
            F.regie("c", "2020-01-01", wie: "casusregisseur"),
            F.regie("d", "2010-01-01", "2010-06-01", wie: "huisarts"),
        ])
        let b = try #require(F.vind(regel, t).first)
        #expect(F.vind(regel, t).count == 1)
        #expect(b.bewijs == ["a", "b", "c"])
        #expect(b.uitleg.contains("wijkcoach (Gemeente Hengelo) en casusregisseur (Gemeente Hengelo) vanaf 1 januari 2020 (zonder einddatum)"))
    }
}

@Suite("Patroon regie-gat")
struct RegieGatTests {
    let regel = RegieGat()

    func tijdlijn(tweedeVanaf: String) -> Tijdlijn {
        F.casus(regie: [
            F.regie("wijkcoach", "2019-01-01", "2020-01-31", wie: "wijkcoach"),
            F.regie("gi", tweedeVanaf, "2021-01-01", wie: "jeugdbeschermer", organisatie: "GI"),
        ])
    }

    @Test func gatVanMeerDan31DagenVuurt() throws {
        // 2020-03-03 − 2020-01-31 = 32 days.
        let b = try #require(F.vind(regel, tijdlijn(tweedeVanaf: "2020-03-03")).first)
        #expect(b.bewijs == ["wijkcoach", "gi"])
        #expect(b.uitleg == "Na de regie van wijkcoach (Gemeente Hengelo) tot 31 januari 2020 had 32 dagen niemand de regie, tot jeugdbeschermer (GI) begon op 3 maart 2020.")
    }

    @Test func precies31DagenVuurtNiet() {
        #expect(F.vind(regel, tijdlijn(tweedeVanaf: "2020-03-02")).isEmpty)
        #expect(F.vind(regel, tijdlijn(tweedeVanaf: "2020-03-03"), F.met(RegieGat.gatDagen, 32)).isEmpty)
    }

    @Test func eenLangerePeriodeDektHetGat() {
        let t = F.casus(regie: [
            F.regie("lang", "2018-01-01", "2021-01-01", wie: "jeugdbeschermer"),
            F.regie("kort", "2018-06-01", "2018-07-01", wie: "wijkcoach"),
            F.regie("later", "2020-01-01", "2021-06-01", wie: "casusregisseur"),
            F.regie("na-gat", "2022-01-01", wie: "wijkcoach"),
        ])
        #expect(F.vind(regel, t).map(\.bewijs) == [["later", "na-gat"]])
        let open = F.casus(regie: [F.regie("open", "2018-01-01", wie: "wijkcoach"),
                                   F.regie("later", "2022-01-01", wie: "jeugdbeschermer")])
        #expect(F.vind(regel, open).isEmpty)
    }

    @Test func kouddeOverdrachtNaarAndereGemeente() throws {
        let perioden = [
            F.regie("hengelo", "2019-01-01", "2020-01-31", wie: "wijkcoach", gemeente: "Hengelo"),
            F.regie("enschede", "2020-02-01", wie: "wijkcoach", organisatie: "Gemeente Enschede",
                    gemeente: "Enschede", overdracht: .koud),
        ]
        func t(_ andere: Bool, _ overdracht: RegieOverdracht) -> Tijdlijn {
            F.casus(regie: perioden, wissels: [F.wissel("w", "2020-02-01", van: "hengelo", naar: "enschede",
                                                        andereGemeente: andere, overdracht: overdracht)])
        }
        let b = try #require(F.vind(regel, t(true, .koud)).first)
        #expect(b.bewijs == ["hengelo", "enschede"])
        #expect(b.uitleg == "Op 1 februari 2020 ging de regie koud over naar een andere gemeente: van wijkcoach (Gemeente Hengelo, Hengelo) naar wijkcoach (Gemeente Enschede, Enschede).")
        #expect(F.vind(regel, t(true, .warm)).isEmpty)
        #expect(F.vind(regel, t(true, .onbekend)).isEmpty)
        #expect(F.vind(regel, t(false, .koud)).isEmpty)
    }

    @Test func gatEnKoudeOverdrachtTussenHetzelfdePaarIsEenBevinding() {
        let t = F.casus(
            regie: [F.regie("a", "2019-01-01", "2019-06-30", wie: "wijkcoach", gemeente: "Hengelo"),
                    F.regie("b", "2019-10-01", wie: "wijkcoach", gemeente: "Enschede")],
            wissels: [F.wissel("w", "2019-10-01", van: "a", naar: "b", andereGemeente: true, overdracht: .koud)])
        let b = F.vind(regel, t)
        #expect(b.map(\.bewijs) == [["a", "b"]])
        #expect(b.first?.uitleg.contains("93 dagen niemand de regie") == true)
        #expect(b.first?.uitleg.contains("begon op 1 oktober 2019; die overdracht naar een andere gemeente was bovendien koud.") == true)
    }
}
