import Testing
@testable import Casus

@Suite("Patroon opschaling-uit-machteloosheid")
struct OpschalingUitMachteloosheidTests {
    let regel = OpschalingUitMachteloosheid()

    func tijdlijn(reden: KaderReden?, einden: [String], zorg: [String] = []) -> Tijdlijn {
        F.casus(
            interventies: einden.enumerated().map { n, einde in
                F.hulp("hulp-\(n + 1)", .communicatie, "2017-01-01", einde, naam: "hulp \(n + 1)")
            },
            kader: [F.kader("ots-2020", "2020-06-01", naar: .gedwongen, reden: reden, maatregel: .ots)],
            gebeurtenissen: zorg.enumerated().map { n, datum in
                F.gebeurtenis("zorg-\(n + 1)", datum, veiligheid: .zorg)
            })
    }

    @Test func redenMachteloosheidVuurtAltijd() throws {
        let b = try #require(F.vind(regel, tijdlijn(reden: .machteloosheid, einden: [])).first)
        #expect(b.bewijs == ["ots-2020"])
        #expect(b.uitleg.contains("Op 1 juni 2020 volgde opschaling naar het gedwongen kader (OTS) met als reden machteloosheid"))
        // Also with a safety concern: the reason was written as powerlessness.
        #expect(F.vind(regel, tijdlijn(reden: .machteloosheid, einden: [], zorg: ["2020-01-01"])).count == 1)
    }

    @Test func machteloosheidNeemtMislukteInterventiesInHetVensterMee() {
        let b = F.vind(regel, tijdlijn(reden: .machteloosheid, einden: ["2019-09-01", "2018-01-01"]))
        #expect(b.map(\.bewijs) == [["ots-2020", "hulp-1"]])
    }

    @Test func onveiligheidNooit() {
        #expect(F.vind(regel, tijdlijn(reden: .onveiligheid, einden: ["2019-09-01", "2020-01-01", "2020-03-01"])).isEmpty)
    }

    @Test func onbekendeRedenMetTweeMislukteVuurtMetEenNiet() throws {
        for reden in [nil, KaderReden.onbekend, .anders] {
            let b = try #require(F.vind(regel, tijdlijn(reden: reden, einden: ["2019-09-01", "2020-02-01"])).first)
            #expect(b.bewijs == ["ots-2020", "hulp-1", "hulp-2"])
            #expect(b.uitleg.contains("eindigden 2 interventies zonder succes (hulp 1 (Humanitas) en hulp 2 (Humanitas))"))
            #expect(F.vind(regel, tijdlijn(reden: reden, einden: ["2019-09-01"])).isEmpty)
        }
        let drie = F.met(OpschalingUitMachteloosheid.minMislukt, 3)
        #expect(F.vind(regel, tijdlijn(reden: nil, einden: ["2019-09-01", "2020-02-01"]), drie).isEmpty)
    }

    @Test func vensterGrensPrecies12Maanden() {
        #expect(F.vind(regel, tijdlijn(reden: nil, einden: ["2019-06-01", "2020-02-01"])).count == 1)
        #expect(F.vind(regel, tijdlijn(reden: nil, einden: ["2019-05-31", "2020-02-01"])).isEmpty)
        let venster = F.met(OpschalingUitMachteloosheid.vensterMaanden, 13)
        #expect(F.vind(regel, tijdlijn(reden: nil, einden: ["2019-05-31", "2020-02-01"]), venster).count == 1)
    }

    @Test func naDeOpschalingGeeindigdTeltNiet() {
        #expect(F.vind(regel, tijdlijn(reden: nil, einden: ["2019-09-01", "2020-06-02"])).isEmpty)
        #expect(F.vind(regel, tijdlijn(reden: nil, einden: ["2019-09-01", "2020-06-01"])).count == 1)
    }

    @Test func zorgOmVeiligheidInHetVensterBlokkeert() {
        let einden = ["2019-09-01", "2020-02-01"]
        #expect(F.vind(regel, tijdlijn(reden: nil, einden: einden, zorg: ["2019-12-01"])).isEmpty)
        #expect(F.vind(regel, tijdlijn(reden: nil, einden: einden, zorg: ["2019-05-31"])).count == 1)
    }

    @Test func zelfdeMaandAlsDeOpschalingTelt() {
        let t = F.casus(
            interventies: [F.hulp("a", .communicatie, "2019", "2019-10"),
                           F.hulp("b", .mediation, "2019", "maart 2020")],
            kader: [F.kader("k", "maart 2020", naar: .gedwongen)])
        #expect(F.vind(regel, t).map(\.bewijs) == [["k", "a", "b"]])
    }

    @Test func afschalingTeltNiet() {
        let t = F.casus(interventies: [F.hulp("a", .communicatie, "2019", "2019-10"),
                                       F.hulp("b", .mediation, "2019", "2019-11")],
                        kader: [F.kader("k", "2020-01", naar: .vrijwillig, reden: .machteloosheid)])
        #expect(F.vind(regel, t).isEmpty)
    }
}
