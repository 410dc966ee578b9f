import Casus
import CasusOpslag
import Foundation
import Hummingbird
import Testing
@testable import CasusWeb

/// Step 3: koppel, ontkoppel and kies from the facilitator's item detail. The
/// preview stores nothing; the correction is stored with its log line, the
/// wall is merged again and every page is told to reload it.
@Suite("Sessie: correcties met voorbeeld via de API")
struct CorrectieApiTests {
    static let interventie = "interventie-ouderschap-blijft-2018"
    static let bron = "jeugdbeschermer-jeugdbescherming-oost-nederland"
    static let scheiding = "gebeurtenis-scheiding-2016-09-scheiding-ouders-vader"

    func gebeurtenissen(_ proef: WebProef) -> Set<String> { Set(proef.kern.weergave.tijdlijn.gebeurtenissen.map(\.id)) }
    func correcties(_ proef: WebProef) throws -> Int { try proef.werkbank.correcties(casus: WebProef.casus).count }
    func muurGebeurtenissen(_ proef: WebProef) -> Int {
        proef.kern.stroom.gemist(na: "\(proef.kern.stroom.start)-0")?.filter { $0.soort == "muur" }.count ?? 0
    }

    @Test("kies: het voorbeeld zegt wat de muur zou tonen en slaat niets op; bevestigd staat het in de werkbank en op de muur")
    func kies() async throws {
        let proef = try WebProef()
        let voor = try proef.werkbank.sessie(casus: WebProef.casus).kies
        let body = "{\"soort\":\"kies\",\"item\":\"\(Self.interventie)\",\"veld\":\"afloop\",\"bron\":\"\(Self.bron)\"}"
        try await proef.test { client in
            let proefje = try await client.json("/api/correcties/proef", .post, body, headers: proef.facilitator)
            #expect(proefje.status == .ok)
            #expect((proefje.object["voorbeeld"] as? String)?.contains("toont nu") == true)
            #expect(try proef.werkbank.sessie(casus: WebProef.casus).kies == voor)
            #expect(muurGebeurtenissen(proef) == 0)
            let r = try await client.json("/api/correcties", .post, body, headers: proef.facilitator)
            #expect(r.status == .created)
            #expect((r.object["gedaan"] as? String)?.contains("toont nu") == true, "\(r.tekst)")
            let stand = try await client.json("/api/tijdlijn", .get, headers: proef.facilitator)
            let item = (stand.object["interventies"] as? [[String: Any]])?.first { $0["id"] as? String == Self.interventie }
            #expect(item?["afloop"] as? String == "niet-gelukt")
        }
        let na = try proef.werkbank.sessie(casus: WebProef.casus).kies
        #expect(na.contains(Keuze(item: Self.interventie, veld: "afloop", bron: Self.bron)))
        #expect(na.count == voor.filter { !($0.item == Self.interventie && $0.veld == "afloop") }.count + 1)
        #expect(try proef.werkbank.logboek(casus: WebProef.casus).contains { $0.actie == LogboekActie.kies.rawValue && $0.wie == "facilitator" })
        #expect(muurGebeurtenissen(proef) == 1)
    }

    @Test("ontkoppel: één bron wordt een eigen item; koppel: twee items worden weer één")
    func ontkoppelEnKoppel() async throws {
        let proef = try WebProef()
        let voor = gebeurtenissen(proef)
        try await proef.test { client in
            let los = "{\"soort\":\"ontkoppel\",\"item\":\"\(Self.scheiding)\",\"bron\":\"wijkcoach-wijkteam-hengelo\"}"
            let proefje = try await client.json("/api/correcties/proef", .post, los, headers: proef.facilitator)
            #expect((proefje.object["voorbeeld"] as? String)?.contains("is los van") == true)
            #expect(gebeurtenissen(proef) == voor)
            let r = try await client.json("/api/correcties", .post, los, headers: proef.facilitator)
            #expect(r.status == .created)
            let nieuw = gebeurtenissen(proef).subtracting(voor)
            #expect(nieuw.count == 1)
            let id = try #require(nieuw.first)
            let samen = "{\"soort\":\"koppel\",\"items\":[\"\(Self.scheiding)\",\"\(id)\"]}"
            let terug = try await client.json("/api/correcties/proef", .post, samen, headers: proef.facilitator)
            #expect((terug.object["voorbeeld"] as? String)?.contains("zijn nu één item") == true)
            let k = try await client.json("/api/correcties", .post, samen, headers: proef.facilitator)
            #expect(k.status == .created)
        }
        #expect(gebeurtenissen(proef).count == voor.count)
        #expect(try correcties(proef) == 2)
        #expect(muurGebeurtenissen(proef) == 2)
    }

    @Test("na een correctie telt 'hier verschillen we' weer wat de werkbank heeft")
    func verdeeldNaCorrectie() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            for soort in ["smiley", "sadney"] {
                _ = try await client.json("/api/annotaties", .post, "{\"item\":\"\(Self.scheiding)\",\"soort\":\"\(soort)\"}",
                                          headers: proef.facilitator)
            }
            let los = "{\"soort\":\"ontkoppel\",\"item\":\"\(Self.scheiding)\",\"bron\":\"wijkcoach-wijkteam-hengelo\"}"
            #expect(try await client.json("/api/correcties", .post, los, headers: proef.facilitator).status == .created)
            _ = try await client.json("/api/annotaties", .post, "{\"item\":\"\(Self.interventie)\",\"soort\":\"smiley\"}",
                                      headers: proef.facilitator)
            let stand = try await client.json("/api/tijdlijn", .get, headers: proef.facilitator)
            let verdeeld = try JSONSerialization.data(withJSONObject: stand.object["verdeeld"] as Any, options: [.sortedKeys])
            let laatste = try #require(proef.kern.stroom.gemist(na: "\(proef.kern.stroom.start)-0")?.last { $0.soort == "verdeeld" })
            let inEvent = try JSONSerialization.jsonObject(with: Data(laatste.voorFacilitator.utf8)) as? [String: Any]
            let uitEvent = try JSONSerialization.data(withJSONObject: inEvent?["verdeeld"] as Any, options: [.sortedKeys])
            #expect(verdeeld == uitEvent)
            #expect(String(decoding: verdeeld, as: UTF8.self).contains(Self.scheiding))
        }
    }

    @Test("wat niet kan is 422 met de reden, en er wordt niets opgeslagen")
    func kanNiet() async throws {
        let proef = try WebProef()
        let voor = try correcties(proef)
        try await proef.test { client in
            for (body, woord) in [
                ("{\"soort\":\"verplaats\"}", "kies koppel, ontkoppel of kies"),
                ("{\"soort\":\"koppel\",\"items\":[\"G1\"]}", "minstens twee items"),
                ("{\"soort\":\"koppel\",\"items\":[\"\(Self.interventie)\",\"\(Self.scheiding)\"]}", "dezelfde soort"),
                ("{\"soort\":\"ontkoppel\",\"item\":\"\(Self.scheiding)\",\"bron\":\"school\"}", "komt niet van bron 'school'"),
                ("{\"soort\":\"kies\",\"item\":\"\(Self.interventie)\",\"veld\":\"afloop\",\"bron\":\"a\",\"tekst\":\"b\"}", "óf"),
                ("{\"soort\":\"kies\",\"item\":\"bestaat-niet\",\"veld\":\"wat\",\"tekst\":\"x\"}", "bestaat-niet"),
            ] {
                for pad in ["/api/correcties/proef", "/api/correcties"] {
                    let r = try await client.json(pad, .post, body, headers: proef.facilitator)
                    #expect(r.status == .unprocessableContent, "\(pad) \(body)")
                    #expect((r.object["fout"] as? String)?.contains(woord) == true, "\(r.tekst)")
                }
            }
        }
        #expect(try correcties(proef) == voor)
        #expect(muurGebeurtenissen(proef) == 0)
    }

    @Test("een deelnemer of iemand zonder sleutel mag niet corrigeren, ook niet proberen (403)")
    func alleenFacilitator() async throws {
        let proef = try WebProef()
        let body = "{\"soort\":\"kies\",\"item\":\"\(Self.interventie)\",\"veld\":\"afloop\",\"bron\":\"\(Self.bron)\"}"
        try await proef.test { client in
            let deelnemer = try await client.meldAan(proef.kern.code)
            for pad in ["/api/correcties/proef", "/api/correcties"] {
                let r = try await client.json(pad, .post, body, headers: deelnemer)
                #expect(r.status == .forbidden)
                let niemand = try await client.json(pad, .post, body)
                #expect(niemand.status == .forbidden)
            }
        }
        #expect(try proef.werkbank.sessie(casus: WebProef.casus).kies.allSatisfy { $0.veld != "afloop" || $0.bron != Self.bron })
    }
}
