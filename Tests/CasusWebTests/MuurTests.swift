import Casus
import CasusOpslag
import Foundation
import Hummingbird
import Testing
import TijdlijnRender
@testable import CasusWeb

@Suite("Sessie: de muur in de browser")
struct MuurTests {
    @Test("elk item van de casus staat precies één keer op de muur, met data-item")
    func elkItem() async throws {
        let proef = try WebProef()
        let ids = TijdlijnLayouter.alleItemIds(proef.kern.weergave.tijdlijn)
        try await proef.test { client in
            for pad in ["/muur", "/", "/scherm"] {
                let html = try await client.execute(uri: pad, method: .get, headers: proef.facilitator).tekst
                let gevonden = Self.waarden(van: "data-item", in: html)
                #expect(Set(gevonden) == ids, "\(pad)")
                #expect(gevonden.count == ids.count, "\(pad)")
            }
        }
    }

    @Test("elke sticker heeft data-annotatie en data-soort")
    func stickers() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            for soort in ["smiley", "sadney", "smiley"] {
                let r = try await client.json("/api/annotaties", .post,
                                              "{\"item\":\"interventie-mediation-2018\",\"soort\":\"\(soort)\"}",
                                              headers: proef.facilitator)
                #expect(r.status == .created)
            }
            let html = try await client.execute(uri: "/muur", method: .get, headers: proef.facilitator).tekst
            let nummers = Self.waarden(van: "data-annotatie", in: html)
            let opgeslagen = try proef.werkbank.annotaties(casus: WebProef.casus).map { String($0.nummer) }
            #expect(nummers == opgeslagen)
            let soorten = try proef.werkbank.annotaties(casus: WebProef.casus).map(\.annotatie.soort.rawValue)
            #expect(Self.waarden(van: "data-soort", in: html) == soorten)
            #expect(soorten.suffix(3) == ["smiley", "sadney", "smiley"])
        }
    }

    @Test("de muur gebruikt dezelfde layout als de SVG: zelfde breedte en hoogte")
    func zelfdeLayout() throws {
        let proef = try WebProef()
        let t = proef.kern.weergave.tijdlijn
        let layout = TijdlijnLayouter.maak(t)
        let svg = MuurSVG.svg(t, pseudoniem: false, annotaties: []).tekst
        #expect(svg.contains("viewBox=\"0 0 \(SVGSchrijver.g(layout.breedte)) \(SVGSchrijver.g(layout.hoogte))\""))
        #expect(svg.contains(MuurSVG.binnenkant(SVGSchrijver.svg(layout))))
    }

    static func waarden(van attribuut: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribuut)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
