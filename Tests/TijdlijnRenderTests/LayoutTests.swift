import Casus
import Testing
@testable import TijdlijnRender

@Suite("Layout zonder Cairo")
struct LayoutTests {
    let layout = TijdlijnLayouter.maak(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                       bevindingen: VoorbeeldCasus.bevindingen)

    @Test func geenTweeLabelsOverlappen() {
        let labels = layout.labels
        var botsingen: [String] = []
        for i in labels.indices {
            for j in labels.indices where j > i && labels[i].frame.overlapt(labels[j].frame) {
                botsingen.append("\(labels[i].regels) × \(labels[j].regels)")
            }
        }
        #expect(botsingen.isEmpty, "\(botsingen.prefix(5))")
    }

    @Test func elkeBalkBinnenDeTijdas() {
        #expect(!layout.balken.isEmpty)
        for b in layout.balken where b.item != nil {
            #expect(b.frame.x >= layout.tijdasVan - 0.001 && b.frame.maxX <= layout.tijdasTot + 0.001,
                    "\(b.item ?? "") valt buiten de tijdas")
        }
    }

    @Test func elkItemPreciesEenKeerGetekend() {
        let getekend = layout.balken.compactMap(\.item) + layout.glyphs.compactMap(\.item)
            + layout.vlakken.compactMap(\.item)
        let verwacht = TijdlijnLayouter.alleItemIds(VoorbeeldCasus.tijdlijn)
        #expect(getekend.count == verwacht.count)
        #expect(Set(getekend) == verwacht)
    }

    @Test func allesBinnenDePagina() {
        let pagina = Rechthoek(x: 0, y: 0, breedte: layout.breedte, hoogte: layout.hoogte)
        for l in layout.labels { #expect(pagina.bevat(l.frame), "\(l.regels)") }
        for g in layout.glyphs { #expect(pagina.bevat(g.frame)) }
    }

    @Test func breedteVolgtDePeriode() {
        let smal = TijdlijnLayouter.maak(VoorbeeldCasus.tijdlijn, opties: RenderOpties(breedtePerMaand: 20))
        let breed = TijdlijnLayouter.maak(VoorbeeldCasus.tijdlijn, opties: RenderOpties(breedtePerMaand: 60))
        // 2016–2022: seven whole years.
        #expect(abs((breed.tijdasTot - breed.tijdasVan) - 7 * 12 * 60) < 0.001)
        #expect(abs((smal.tijdasTot - smal.tijdasVan) - 7 * 12 * 20) < 0.001)
        #expect(breed.breedte > smal.breedte)
    }

    @Test func leesbareLettergrootte() {
        // Body text on the wall is at least 11 pt (projector); titles are larger.
        #expect(layout.labels.allSatisfy { $0.grootte >= 11 })
        #expect(layout.labels.contains { $0.grootte >= 30 && $0.regels.first?.contains("hengelo-2024-02") == true })
    }

    @Test func zorgEnAantekeningenStaanErop() {
        // Each count includes the one in the legend.
        #expect(layout.glyphs.filter { $0.soort == .zorg }.count == 2 + 1)
        #expect(layout.glyphs.filter { $0.soort == .smiley }.count == 3 + 1)
        #expect(layout.glyphs.filter { $0.soort == .sadney }.count == 6 + 1)
        // Conflicts: kind-2, the mediation, the last regie period.
        #expect(layout.glyphs.filter { $0.soort == .waarschuwing }.count == 3 + 1)
        #expect(layout.haken.filter { !$0.patroon.isEmpty }.map(\.patroon)
                == ["opeenvolgende-hulp", "samen-aan-tafel-herhaald"])
        #expect(layout.labels.contains { $0.regels.joined().contains("Netwerk niet in kaart") })
        #expect(layout.labels.contains { $0.regels == ["3"] })
    }

    @Test func onbekendAnnotatieItemWordtGemeld() {
        let l = TijdlijnLayouter.maak(VoorbeeldCasus.tijdlijn,
                                      annotaties: [Annotatie(item: "bestaat-niet", soort: .smiley, door: "x")])
        #expect(l.onbekendeAnnotatieItems == ["bestaat-niet"])
    }

    @Test func legeCasusGeeftGeldigeLayout() {
        let l = TijdlijnLayouter.maak(Tijdlijn(casus: "leeg"))
        #expect(l.breedte > 0 && l.hoogte > 0)
        #expect(l.labels.contains { $0.regels == ["Geen gedateerde items."] })
    }
}

@Suite("Tekstmaat")
struct TekstMaatTests {
    @Test func breedteSchaaltMetGrootte() {
        let a = TekstMaat.breedte("Gezagsbeëindiging", grootte: 10)
        #expect(abs(TekstMaat.breedte("Gezagsbeëindiging", grootte: 20) - 2 * a) < 0.0001)
        #expect(TekstMaat.breedte("W", grootte: 10, vet: true) > TekstMaat.breedte("W", grootte: 10))
    }

    @Test func afkappenMetBeletselteken() {
        let lang = String(repeating: "ouderschapsplan ", count: 20)
        let kort = TekstMaat.afgekapt(lang, grootte: 12, maxBreedte: 100)
        #expect(kort.hasSuffix("…"))
        #expect(TekstMaat.breedte(kort, grootte: 12) <= 100)
        #expect(TekstMaat.afgekapt("kort", grootte: 12, maxBreedte: 100) == "kort")
    }

    @Test func omgebrokenBlijftBinnenDeBreedte() {
        let tekst = "Émile vertelt de juf dat hij niet meer naar papa wil en Daan slaat een klasgenoot op het plein"
        let regels = TekstMaat.omgebroken(tekst, grootte: 13, maxBreedte: 200, maxRegels: 2)
        #expect(regels.count == 2)
        #expect(regels.allSatisfy { TekstMaat.breedte($0, grootte: 13) <= 200 })
        #expect(regels[1].hasSuffix("…"))
        #expect(TekstMaat.omgebroken("een twee", grootte: 13, maxBreedte: 200, maxRegels: 2) == ["een twee"])
    }
}


@Test func elkeBalkInDeBaanVanZijnAanbieder() {
    let layout = TijdlijnLayouter.maak(VoorbeeldCasus.tijdlijn)
    let aanbieder = Dictionary(uniqueKeysWithValues: VoorbeeldCasus.tijdlijn.interventies.map {
        ($0.id, $0.inhoud.aanbieder)
    })
    for balk in layout.balken {
        guard let id = balk.item, let naam = aanbieder[id] else { continue }
        let baan = layout.banen.first { $0.soort == .interventies(aanbieder: naam) }
        #expect(baan.map { $0.frame.bevat(balk.frame) } == true, "\(id) staat niet in de baan van \(naam)")
    }
}
