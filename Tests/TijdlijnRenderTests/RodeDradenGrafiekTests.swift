import Casus
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TijdlijnRender

@Suite("Rode draden: grafieken")
struct RodeDradenGrafiekTests {
    static func casus(_ id: String, patronen: [String], smileys: Int, thema: Thema?) -> GeanalyseerdeCasus {
        let dag = Datum(tekst: "2020-01-01", van: Dag(2020, 1, 1), tot: Dag(2020, 1, 1), precisie: .dag)
        let kies = Interventie(naam: "KIES <&>", aanbieder: "Humanitas", soort: .communicatie, start: dag)
        let item = TijdlijnItem(id: "interventie-kies-2020", bronnen: ["a"], inhoud: kies,
                                perBron: [BronInhoud(bron: "a", inhoud: kies)])
        return GeanalyseerdeCasus(
            tijdlijn: Tijdlijn(casus: id, interventies: [item]),
            annotaties: (0..<smileys).map { _ in
                Annotatie(item: "interventie-kies-2020", soort: .smiley, door: "x", thema: thema,
                          toelichting: "<script>x</script>")
            },
            bevindingen: patronen.map {
                Bevinding(patroon: $0, titel: $0, uitleg: "", bewijs: ["interventie-kies-2020"])
            })
    }

    static let rodeDraden = RodeDraden.bereken([
        casus("a-1", patronen: ["regie-gat", "kinderen-uit-beeld"], smileys: 2, thema: .kinderen),
        casus("b<2>", patronen: ["regie-gat"], smileys: 1, thema: nil),
    ])

    static func document(_ xml: String) throws -> XMLDocument {
        try XMLDocument(xmlString: xml, options: [])
    }

    @Test func heatmapHeeftEenCelPerPatroonEnCasus() throws {
        let svg = PatronenHeatmap.svg(Self.rodeDraden)
        let doc = try Self.document(svg)
        let cellen = try doc.nodes(forXPath: "//rect[title]")
        #expect(cellen.count == 11 * 2)
        let raak = try doc.nodes(forXPath: "//rect[@fill='#8e1b1b']")
        #expect(raak.count == 3)
        #expect(svg.contains("b&lt;2&gt;"))
        #expect(svg.contains(">2/2</text>"))
        #expect(!svg.contains("://"))
    }

    @Test func heatmapBegrensdMaarTeltAlles() throws {
        let veel = RodeDraden.bereken((0..<75).map {
            Self.casus(String(format: "c-%03d", $0), patronen: ["regie-gat"], smileys: 0, thema: nil)
        })
        let svg = PatronenHeatmap.svg(veel)
        let doc = try Self.document(svg)
        #expect(try doc.nodes(forXPath: "//rect[title]").count == 11 * PatronenHeatmap.maxKolommen)
        #expect(svg.contains(">75/75</text>"))
    }

    @Test func stavenPerThema() throws {
        let svg = AnnotatieStaven.svg(Self.rodeDraden.annotaties.perThema, titel: "t",
                                      label: RapportTeksten.thema)
        let doc = try Self.document(svg)
        let links = try doc.nodes(forXPath: "//a/@href").compactMap(\.stringValue)
        #expect(links.contains("#spoor--thema--kinderen--smiley"))
        #expect(links.contains("#spoor--thema--zonder-thema--smiley"))
        // 7 rows (six themes + zonder-thema), two bars each.
        #expect(try doc.nodes(forXPath: "//rect[title]").count == 14)
    }

    @Test func volledigRapportIsGoedGevormdZonderURL() throws {
        let html = RodeDradenRapportage.html(Self.rodeDraden)
        let doc = try Self.document(html)
        let ids = Set(try doc.nodes(forXPath: "//@id").compactMap(\.stringValue))
        let links = try doc.nodes(forXPath: "//@href").compactMap(\.stringValue)
        #expect(links.count > 20)
        for link in links { #expect(ids.contains(String(link.dropFirst())), "\(link)") }
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<script>"))
        // Heatmap, three bar charts, and the spread of the statistiek figures.
        #expect(try doc.nodes(forXPath: "//svg").count == 5)
    }

    @Test func losseSVGHeeftNaamruimte() {
        #expect(PatronenHeatmap.svg(Self.rodeDraden, standalone: true)
            .hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    }
}
