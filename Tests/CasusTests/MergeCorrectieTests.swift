import Testing
@testable import Casus

/// The facilitator's `koppel` and `ontkoppel` in sessie.yaml.
@Suite struct MergeCorrectieTests {
    let formats = [
        M.format("wijkcoach", "Wijkteam", gebeurtenissen: [
            M.gebeurtenis("oktober 2022", "OTS wordt niet verlengd, casus komt terug bij mij."),
        ], interventies: [M.interventie("KIES", "Humanitas", "2019-03", einde: "2019-09")]),
        M.format("jeugdbeschermer", "GI", gebeurtenissen: [
            M.gebeurtenis("2022-10-11", "OTS loopt af; rust voldoende hersteld.", soort: .uitspraak),
        ], interventies: [M.interventie("kies", "Humanitas", "2019-04", einde: "2019-12")]),
    ]

    func sessie(koppel: [Koppeling] = [], ontkoppel: [Ontkoppeling] = []) -> Sessie {
        Sessie(casus: "test-2024-01", koppel: koppel, ontkoppel: ontkoppel)
    }

    @Test func koppelVoegtTweeItemsSamen() throws {
        let zonder = Samenvoeger.voegSamen(formats).tijdlijn
        #expect(zonder.gebeurtenissen.count == 2)
        let ids = zonder.gebeurtenissen.map(\.id)
        let r = Samenvoeger.voegSamen(formats, sessie: sessie(koppel: [Koppeling(items: ids.reversed())]))
        #expect(r.meldingen.isEmpty)
        let item = try #require(r.tijdlijn.gebeurtenissen.first)
        #expect(r.tijdlijn.gebeurtenissen.count == 1)
        #expect(item.id == ids.reversed()[0])
        #expect(item.bronnen == ["jeugdbeschermer-gi", "wijkcoach-wijkteam"])
        #expect(item.perBron.count == 2)
        // "oktober 2022" holds 2022-10-11: no conflict, the precise date and the
        // explicit soort are shown.
        #expect(item.inhoud.datum.tekst == "2022-10-11")
        #expect(item.inhoud.soort == .uitspraak)
        #expect(!r.tijdlijn.conflicten.contains { $0.item == item.id })
    }

    @Test func ontkoppelMaaktEenEigenItemMetStabielId() throws {
        let id = "interventie-kies-2019"
        let r = Samenvoeger.voegSamen(formats, sessie: sessie(ontkoppel: [Ontkoppeling(item: id, bron: "jeugdbeschermer-gi")]))
        #expect(r.meldingen.isEmpty)
        #expect(r.tijdlijn.interventies.map(\.id).sorted() == [id, "\(id)-jeugdbeschermer-gi"])
        let rest = try #require(r.tijdlijn.interventies.first { $0.id == id })
        #expect(rest.bronnen == ["wijkcoach-wijkteam"])
        #expect(!rest.conflict)
        #expect(r.tijdlijn.conflicten.isEmpty)
    }

    @Test func ontkoppelDanKoppelAanIetsAnders() {
        let s = sessie(koppel: [Koppeling(items: ["interventie-kies-2019", "interventie-kies-2019-jeugdbeschermer-gi"])],
                       ontkoppel: [Ontkoppeling(item: "interventie-kies-2019", bron: "jeugdbeschermer-gi")])
        let r = Samenvoeger.voegSamen(formats, sessie: s)
        #expect(r.meldingen.isEmpty)
        #expect(r.tijdlijn.interventies.map(\.id) == ["interventie-kies-2019"])
    }

    @Test func foutieveCorrectiesZijnWaarschuwingen() {
        let s = sessie(
            koppel: [Koppeling(items: ["bestaat-niet", "interventie-kies-2019"]),
                     Koppeling(items: ["interventie-kies-2019", "interventie-kies-2019"]),
                     Koppeling(items: ["interventie-kies-2019", "gebeurtenis-uitspraak-2022-10-ots-loopt-af"])],
            ontkoppel: [Ontkoppeling(item: "nergens", bron: "wijkcoach-wijkteam"),
                        Ontkoppeling(item: "interventie-kies-2019", bron: "huisarts-x"),
                        Ontkoppeling(item: "gebeurtenis-uitspraak-2022-10-ots-loopt-af", bron: "jeugdbeschermer-gi")])
        let r = Samenvoeger.voegSamen(formats, sessie: s, sessiePad: "map/sessie.yaml")
        #expect(r.meldingen.count == 6)
        #expect(r.meldingen.allSatisfy { $0.ernst == .waarschuwing && $0.pad == "map/sessie.yaml" })
        #expect(r.meldingen.contains { $0.bericht.contains("bestaat-niet") })
        #expect(r.meldingen.contains { $0.bericht.contains("verschillende soort") })
        // Nothing changed.
        #expect(M.json(formats) == String(decoding: r.tijdlijn.json(), as: UTF8.self))
    }

    @Test func correctiesZijnDeterministisch() {
        let s = sessie(ontkoppel: [Ontkoppeling(item: "interventie-kies-2019", bron: "wijkcoach-wijkteam")])
        #expect(M.json(formats, sessie: s) == M.json(formats.reversed(), sessie: s))
    }
}
