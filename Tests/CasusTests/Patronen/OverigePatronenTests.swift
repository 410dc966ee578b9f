import Testing
@testable import Casus

@Suite("Patroon abrupte-afschaling")
struct AbrupteAfschalingTests {
    let regel = AbrupteAfschaling()

    func tijdlijn(hulpEinde: String?, hulpAfloop: Afloop? = .deels, hulpStart: String = "2020-01-01",
                  regie: [TijdlijnItem<Regieperiode>] = []) -> Tijdlijn {
        F.casus(interventies: [F.hulp("omgang", .omgang, hulpStart, hulpEinde, afloop: hulpAfloop)],
                kader: [F.kader("einde-ots", "2021-06-01", naar: .vrijwillig, maatregel: .eindeOts)],
                regie: regie)
    }

    @Test func zonderDoorlopendeHulpEnZonderWarmeOverdrachtVuurt() throws {
        let b = try #require(F.vind(regel, tijdlijn(hulpEinde: "2021-08-29")).first)
        #expect(b.bewijs == ["einde-ots"])
        #expect(b.uitleg == "Op 1 juni 2021 volgde afschaling naar het vrijwillig kader (einde van de OTS) zonder eerder gestarte hulp die nog minstens 90 dagen doorliep, en binnen 31 dagen begon geen nieuwe regie.")
    }

    @Test func hulpTotPrecies90DagenNaTVuurtNiet() {
        // 2021-06-01 + 90 days = 2021-08-30.
        #expect(F.vind(regel, tijdlijn(hulpEinde: "2021-08-30")).isEmpty)
        #expect(F.vind(regel, tijdlijn(hulpEinde: "2021-08-29")).count == 1)
        #expect(F.vind(regel, tijdlijn(hulpEinde: "2021-08-30"), F.met(AbrupteAfschaling.doorloopDagen, 91)).count == 1)
        // "aug 2021" ends 2021-08-31: as written, it ran long enough.
        #expect(F.vind(regel, tijdlijn(hulpEinde: "aug 2021")).isEmpty)
    }

    @Test func lopendZonderEindeTeltAlsDoorlopend() {
        #expect(F.vind(regel, tijdlijn(hulpEinde: nil, hulpAfloop: .lopend)).isEmpty)
        #expect(F.vind(regel, tijdlijn(hulpEinde: nil, hulpAfloop: nil)).count == 1)
    }

    @Test func alleenEerderGestarteHulpTelt() {
        #expect(F.vind(regel, tijdlijn(hulpEinde: "2022-01-01", hulpStart: "2021-06-01")).count == 1)
        #expect(F.vind(regel, tijdlijn(hulpEinde: "2022-01-01", hulpStart: "2021-05-31")).isEmpty)
    }

    @Test func warmeOverdrachtBinnen31DagenVoorkomtHet() {
        func regie(_ vanaf: String, _ overdracht: RegieOverdracht?) -> [TijdlijnItem<Regieperiode>] {
            [F.regie("gi", "2019-01-01", "2021-06-01", wie: "jeugdbeschermer"),
             F.regie("wijkcoach", vanaf, wie: "wijkcoach", overdracht: overdracht)]
        }
        #expect(F.vind(regel, tijdlijn(hulpEinde: nil, regie: regie("2021-07-02", .warm))).isEmpty)
        #expect(F.vind(regel, tijdlijn(hulpEinde: nil, regie: regie("2021-05-01", .warm))).isEmpty)
        #expect(F.vind(regel, tijdlijn(hulpEinde: nil, regie: regie("2021-07-03", .warm))).count == 1)
        let koud = F.vind(regel, tijdlijn(hulpEinde: nil, regie: regie("2021-06-15", .koud)))
        #expect(koud.first?.uitleg.contains("zonder warme overdracht van de regie (wijkcoach (Gemeente Hengelo), overdracht koud)") == true)
    }

    @Test func opschalingTeltNiet() {
        let t = F.casus(kader: [F.kader("ots", "2021-06-01", naar: .gedwongen)])
        #expect(F.vind(regel, t).isEmpty)
    }
}

@Suite("Patroon kinderen-uit-beeld")
struct KinderenUitBeeldTests {
    let regel = KinderenUitBeeld()
    let gezin = [F.lid("moeder", .moeder), F.lid("kind-2", .kind), F.lid("kind-1", .kind)]

    @Test func geenHulpVoorKinderenVuurt() throws {
        let t = F.casus(interventies: [F.hulp("kies", .communicatie, "2019", gerichtOp: ["moeder", "vader"])],
                        gezinsleden: gezin)
        let b = try #require(F.vind(regel, t).first)
        #expect(b.bewijs == ["gezinslid-kind-1", "gezinslid-kind-2"])
        #expect(b.uitleg == "Er zijn 2 kinderen in deze casus (kind-1 en kind-2), maar geen van de 1 interventie was voor een kind of op een kind gericht.")
        #expect(!b.uitleg.contains("Naam"))
    }

    @Test func hulpGerichtOpEenKindOfVanSoortKindVuurtNiet() {
        let gericht = F.casus(interventies: [F.hulp("a", .omgang, "2019", gerichtOp: ["vader", "kind-2"])],
                              gezinsleden: gezin)
        #expect(F.vind(regel, gericht).isEmpty)
        let soort = F.casus(interventies: [F.hulp("a", .kind, "2019")], gezinsleden: gezin)
        #expect(F.vind(regel, soort).isEmpty)
    }

    @Test func zonderKinderenNooit() {
        let t = F.casus(interventies: [F.hulp("a", .communicatie, "2019")],
                        gezinsleden: [F.lid("moeder", .moeder)])
        #expect(F.vind(regel, t).isEmpty)
    }
}

@Suite("Patroon netwerk-niet-in-kaart")
struct NetwerkNietInKaartTests {
    @Test func geenNetwerkVuurtZonderBewijs() throws {
        let b = try #require(F.vind(NetwerkNietInKaart(), F.casus()).first)
        #expect(b.bewijs == [])
        #expect(b.uitleg == "In het enige format staat niemand uit het netwerk van familie en vrienden; het netwerk rond het gezin is niet in kaart gebracht.")
    }

    @Test func eenNetwerklidIsGenoeg() {
        #expect(F.vind(NetwerkNietInKaart(), F.casus(netwerk: [F.netwerk("oma")])).isEmpty)
    }
}

@Suite("Patroon onvolledige-informatie")
struct OnvolledigeInformatieTests {
    let regel = OnvolledigeInformatie()

    @Test func gatVanMeerDan12MaandenVuurt() throws {
        let t = F.casus(interventies: [F.hulp("hulp", .communicatie, "2018-01-01", "2018-01-15", afloop: .deels)],
                        gebeurtenissen: [F.gebeurtenis("melding", "2019-01-16"), F.gebeurtenis("begin", "2017-12-01")])
        let b = try #require(F.vind(regel, t).first)
        #expect(b.bewijs == ["hulp", "melding"])
        #expect(b.uitleg == "Meer dan 12 maanden staat niets op de tijdlijn: tussen 15 januari 2018 en 16 januari 2019 (12 maanden); wat er toen gebeurde is niet bekend.")
    }

    @Test func precies12MaandenVuurtNiet() {
        let t = F.casus(gebeurtenissen: [F.gebeurtenis("a", "2018-01-15"), F.gebeurtenis("b", "2019-01-15")])
        #expect(F.vind(regel, t).isEmpty)
        let b = F.casus(gebeurtenissen: [F.gebeurtenis("a", "2018-01-15"), F.gebeurtenis("b", "2019-01-16")])
        #expect(F.vind(regel, b).map(\.bewijs) == [["a", "b"]])
        #expect(F.vind(regel, b, F.met(OnvolledigeInformatie.gatMaanden, 13)).isEmpty)
    }

    @Test func lopendeInterventieMetEindeDektDePeriode() {
        let t = F.casus(interventies: [F.hulp("ots-hulp", .omgang, "2018-01", "2021-01", afloop: .deels)],
                        gebeurtenissen: [F.gebeurtenis("a", "2018-01-15"), F.gebeurtenis("b", "2021-01-15")])
        #expect(F.vind(regel, t).isEmpty)
        // Without an einde it only marks its start (januari 2018, which reaches furthest).
        let open = F.casus(interventies: [F.hulp("ots-hulp", .omgang, "2018-01", afloop: .deels)],
                           gebeurtenissen: [F.gebeurtenis("a", "2018-01-15"), F.gebeurtenis("b", "2021-01-15")])
        #expect(F.vind(regel, open).map(\.bewijs) == [["ots-hulp", "b"]])
    }

    @Test func meerdereGatenEenBevinding() {
        let t = F.casus(kader: [F.kader("k", "2016", naar: .gedwongen, reden: .onveiligheid)],
                        regie: [F.regie("r", "2018-03", "2018-06", wie: "wijkcoach")],
                        gebeurtenissen: [F.gebeurtenis("g", "voorjaar 2020")])
        let b = F.vind(regel, t)
        #expect(b.map(\.bewijs) == [["k", "r", "g"]])
        #expect(b.first?.uitleg.contains("tussen 2016 en maart 2018 (14 maanden); tussen juni 2018 en voorjaar 2020 (20 maanden)") == true)
    }

    @Test func meerDanDeHelftOnbekendeAfloop() throws {
        let t = F.casus(interventies: [
            F.hulp("a", .communicatie, "2018-01", "2018-03", afloop: nil),
            F.hulp("b", .mediation, "2018-04", "2018-06", afloop: .onbekend),
            F.hulp("c", .individueel, "2018-05", "2018-08", afloop: .deels),
        ])
        let b = try #require(F.vind(regel, t).first)
        #expect(b.bewijs == ["a", "b"])
        #expect(b.uitleg == "Van 2 van de 3 interventies is de afloop onbekend (a (Humanitas) en b (Humanitas)).")
    }

    @Test func deHelftIsNietMeerDanDeHelft() {
        let t = F.casus(interventies: [
            F.hulp("a", .communicatie, "2018-01", "2018-03", afloop: nil),
            F.hulp("b", .mediation, "2018-04", "2018-06", afloop: .deels),
        ])
        #expect(F.vind(regel, t).isEmpty)
    }

    @Test func minderDanTweeGedateerdeItemsNooit() {
        let t = F.casus(interventies: [F.hulp("a", .communicatie, "2018-01", "2021-03", afloop: nil)],
                        gezinsleden: [F.lid("kind-1", .kind)])
        #expect(F.vind(regel, t).isEmpty)
    }
}
