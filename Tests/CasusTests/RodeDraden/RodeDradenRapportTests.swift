import Casus
import Foundation
import Testing

@Suite("Rode draden: rapport")
struct RodeDradenRapportTests {
    static func rapport(_ opties: RodeDradenOpties = .standaard) -> RodeDraden {
        var b = RodeDradenVoorbeeld.casusB()
        b.annotaties.append(Annotatie(
            item: "interventie-mediation-2018", soort: .sadney, door: "<i>x</i>", thema: .kinderen,
            toelichting: "<script>alert('x')</script> & \"meer\" — https://example.org"))
        return RodeDraden.bereken([RodeDradenVoorbeeld.casusA(), b], opties: opties)
    }

    let html = HTMLSchrijver.html(RodeDradenRapport.document(rapport()))
    let markdown = MarkdownSchrijver.markdown(RodeDradenRapport.document(rapport()))

    @Test func htmlIsGoedGevormd() {
        let xml = XHTMLControle.lees(html)
        #expect(xml.isGoedGevormd, "\(xml.fout ?? "")")
        #expect(Set(xml.ids).count == xml.ids.count, "dubbele id's")
    }

    @Test func elkeLinkHeeftEenDoel() {
        let xml = XHTMLControle.lees(html)
        let ids = Set(xml.ids)
        #expect(!xml.links.isEmpty)
        for link in xml.links {
            #expect(link.hasPrefix("#"))
            #expect(ids.contains(String(link.dropFirst())), "geen doel voor \(link)")
        }
    }

    @Test func geenExterneURL() {
        // The only URL in the input is inside a toelichting, so it is text, never a link.
        let xml = XHTMLControle.lees(html)
        for waarde in xml.attributen { #expect(!waarde.contains("://")) }
        let zonderToelichting = html.replacingOccurrences(of: "https://example.org", with: "")
        #expect(!zonderToelichting.contains("http://"))
        #expect(!zonderToelichting.contains("https://"))
        #expect(!zonderToelichting.contains("src="))
    }

    @Test func opmaakUitTekstWordtGeescaped() {
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;meer&quot;"))
        #expect(!html.contains("<b>rust</b>"))
        #expect(html.contains("&lt;b&gt;rust&lt;/b&gt; &amp; overzicht"))
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("&lt;script&gt;"))
        #expect(!markdown.contains("<b>"))
    }

    @Test func getallenLinkenNaarHunSpoor() {
        #expect(html.contains("<a href=\"#spoor--patroon--netwerk-niet-in-kaart\">2</a>"))
        #expect(html.contains("<h4 id=\"spoor--patroon--netwerk-niet-in-kaart\">"))
        #expect(html.contains("<a href=\"#spoor--thema--dynamieken--smiley\">2</a>"))
        #expect(html.contains("<span id=\"item--almelo-2020-01--interventie-kies-2019\"></span>"))
        #expect(markdown.contains("[2](#spoor--thema--dynamieken--smiley)"))
        #expect(markdown.contains("<a id=\"spoor--thema--dynamieken--smiley\"></a>"))
    }

    @Test func zesThemasEnPatronen() {
        for kop in ["Kinderen", "Dogma’s", "Familie en vrienden", "Professionals", "Processen",
                    "Dynamieken", "Patronen", "Verantwoording"] {
            #expect(html.contains(">\(kop)</h"), "kop \(kop) ontbreekt")
            #expect(markdown.contains(" \(kop)\n"), "kop \(kop) ontbreekt in Markdown")
        }
    }

    @Test func gepseudonimiseerdTenzijGevraagd() {
        for naam in ["Sanne", "Daan", "Petra"] { #expect(!html.contains(naam)) }
        #expect(!html.contains("&lt;i&gt;x"))  // `door` is left out when pseudonymised
        let metNamen = HTMLSchrijver.html(RodeDradenRapport.document(
            Self.rapport(RodeDradenOpties(pseudoniem: false))))
        #expect(metNamen.contains("Sanne"))
        #expect(metNamen.contains("&lt;i&gt;x&lt;/i&gt;"))
        #expect(XHTMLControle.lees(metNamen).isGoedGevormd)
    }

    @Test func ankerBlijftUniekEnGeldig() {
        #expect(XMLTekst.anker("item", "a b", "c/d") == "item--a_20b--c_2fd")
        #expect(XMLTekst.anker("a_b") != XMLTekst.anker("a b"))
    }

    @Test func bestandKrijgtMode0600() throws {
        let pad = FileManager.default.temporaryDirectory
            .appendingPathComponent("rode-draden-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: pad) }
        _ = FileManager.default.createFile(atPath: pad, contents: Data("oud".utf8),
                                       attributes: [.posixPermissions: 0o644])
        // Someone else's file is replaced only with --overschrijf, and then it is 0600 too.
        #expect(throws: BeschermdBestand.Fout.self) { try BeschermdBestand.schrijf(html, naar: pad) }
        try BeschermdBestand.schrijf(html, naar: pad, regels: .init(overschrijf: true))
        let attributen = try FileManager.default.attributesOfItem(atPath: pad)
        #expect((attributen[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: pad, encoding: .utf8) == html)
    }
}

@Suite("XHTML-controle")
struct XHTMLControleTests {
    @Test func herkentKapotteOpmaak() {
        #expect(XHTMLControle.lees("<p><b>x</b></p>").isGoedGevormd)
        #expect(!XHTMLControle.lees("<p><b>x</p>").isGoedGevormd)
        #expect(!XHTMLControle.lees("<p>a & b</p>").isGoedGevormd)
    }
}
