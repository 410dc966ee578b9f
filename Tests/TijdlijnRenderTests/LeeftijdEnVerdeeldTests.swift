import Casus
import Testing
@testable import TijdlijnRender

/// Issue 19 on the wall: an age ruler per child, ages at kader transitions, and a
/// split sticky where the room differs.
@Suite("Leeftijden en verdeeldheid op de muur")
struct LeeftijdEnVerdeeldTests {
    @Test func eenLeeftijdslinaalPerKindMetGeboortedatum() throws {
        let layout = TijdlijnRenderer(VoorbeeldCasus.tijdlijn, opties: RenderOpties(pseudoniem: true)).layout
        let baan = try #require(layout.banen.first { $0.soort == .leeftijd })
        let rijLabels = layout.labels.filter { baan.frame.bevat($0.frame) || $0.frame.maxX <= baan.frame.x }
            .flatMap(\.regels)
        #expect(rijLabels.contains("Kind 1"))
        #expect(rijLabels.contains("Kind 2"))
        // Born some time in 2011 and 2014: in 2016 they were 4 or 5, and 1 or 2.
        let leeftijden = layout.labels.filter { baan.frame.bevat($0.frame) }.flatMap(\.regels)
        #expect(leeftijden.contains("4–5") && leeftijden.contains("1–2"), "\(leeftijden)")
        #expect(!layout.labels.flatMap(\.regels).contains { $0.contains("Émile") || $0.contains("Daan") })
    }

    @Test func metNamenStaatDeNaamBijDeLiniaal() {
        let layout = TijdlijnLayouter.maak(VoorbeeldCasus.tijdlijn)
        #expect(layout.labels.flatMap(\.regels).contains("Kind 1 · Émile"))
    }

    @Test func zonderGeboortedatumGeenLiniaal() {
        var t = VoorbeeldCasus.tijdlijn
        for i in t.gezinsleden.indices { t.gezinsleden[i].inhoud.geboren = nil }
        #expect(!TijdlijnLayouter.maak(t).banen.contains { $0.soort == .leeftijd })
    }

    @Test func leeftijdenBijDeKaderovergangen() {
        var t = VoorbeeldCasus.tijdlijn
        for i in t.kader.indices { t.kader[i].leeftijden = [Leeftijd(gezinslid: "kind-1", van: 8, tot: 9)] }
        let regels = TijdlijnLayouter.maak(t).labels.flatMap(\.regels)
        #expect(regels.contains("kind 1: 8–9 jr"))
    }

    @Test func verdeeldItemKrijgtEenGesplitsteSticker() {
        let basis = TijdlijnLayouter.maak(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties)
        // Only the legend's example.
        #expect(basis.glyphs.filter { $0.soort == .verdeeld }.count == 1)
        let extra = VoorbeeldCasus.annotaties + [Annotatie(item: "interventie-mediation-2018", soort: .smiley, door: "p1")]
        let layout = TijdlijnLayouter.maak(VoorbeeldCasus.tijdlijn, annotaties: extra)
        // One split sticky on the wall, one in the legend.
        #expect(layout.glyphs.filter { $0.soort == .verdeeld }.count == 2)
    }
}
