import Casus
import CasusOpslag
import Foundation
import Hummingbird
import Testing
@testable import CasusWeb

@Suite("Sessie: smileys en sadneys via de API")
struct AnnotatieApiTests {
    static let item = "interventie-mediation-2018"

    @Test("zonder deelnemer of facilitator: 401")
    func zonderIemand() async throws {
        let proef = try WebProef()
        let voor = proef.annotaties
        try await proef.test { client in
            let r = try await client.json("/api/annotaties", .post, "{\"item\":\"\(Self.item)\",\"soort\":\"smiley\"}")
            #expect(r.status == .unauthorized)
        }
        #expect(proef.annotaties == voor)
    }

    @Test("een onbekend item, soort of thema is 422 met een Nederlandse uitleg")
    func onbekend() async throws {
        let proef = try WebProef()
        let voor = proef.annotaties
        try await proef.test { client in
            let item = try await client.json("/api/annotaties", .post, "{\"item\":\"bestaat-niet\",\"soort\":\"smiley\"}",
                                             headers: proef.facilitator)
            #expect(item.status == .unprocessableContent)
            #expect((item.object["fout"] as? String)?.contains("bestaat-niet") == true)
            let soort = try await client.json("/api/annotaties", .post, "{\"item\":\"\(Self.item)\",\"soort\":\"hartje\"}",
                                              headers: proef.facilitator)
            #expect(soort.status == .unprocessableContent)
            #expect((soort.object["fout"] as? String)?.contains("kies smiley") == true)
            let thema = try await client.json("/api/annotaties", .post,
                                              "{\"item\":\"\(Self.item)\",\"soort\":\"smiley\",\"thema\":\"kleur\"}",
                                              headers: proef.facilitator)
            #expect(thema.status == .unprocessableContent)
            let type = try await client.json("/api/annotaties", .post, "{\"item\":3,\"soort\":\"smiley\"}",
                                             headers: proef.facilitator)
            #expect(type.status == .unprocessableContent)
            let geenJSON = try await client.json("/api/annotaties", .post, "smiley!", headers: proef.facilitator)
            #expect(geenJSON.status == .badRequest)
        }
        #expect(proef.annotaties == voor)
    }

    @Test("geplaatst is opgeslagen, met een regel in het logboek, voor het antwoord 201 komt")
    func plaatsen() async throws {
        let proef = try WebProef()
        let voor = proef.annotaties
        try await proef.test { client in
            let koekje = try await client.meldAan(proef.kern.code)
            let r = try await client.json("/api/annotaties", .post,
                "{\"item\":\"\(Self.item)\",\"soort\":\"sadney\",\"thema\":\"processen\",\"toelichting\":\"te laat\"}",
                headers: koekje)
            #expect(r.status == .created)
            let nummer = try #require(r.object["nummer"] as? Int)
            let opgeslagen = proef.annotaties.dropFirst(voor.count)
            #expect(opgeslagen.map(\.nummer) == [Int64(nummer)])
            #expect(opgeslagen.first?.annotatie == Annotatie(item: Self.item, soort: .sadney, door: "w1",
                                                             thema: .processen, toelichting: "te laat"))
            let log = try proef.werkbank.logboek(casus: WebProef.casus)
            #expect(log.contains { $0.actie == "annoteer" && $0.details.hasPrefix("#\(nummer) ") })
            let tijdlijn = try await client.execute(uri: "/api/tijdlijn", method: .get, headers: koekje)
            let lijst = tijdlijn.object["annotaties"] as? [[String: Any]] ?? []
            #expect(lijst.count == voor.count + 1)
            #expect(lijst.last?["nummer"] as? Int == nummer)
            #expect(Set(lijst.first?.keys ?? [:].keys) == ["nummer", "item", "soort", "door", "thema", "toelichting"])
        }
    }

    @Test("een deelnemer haalt alleen eigen stickers weg (403); de facilitator elke")
    func weghalen() async throws {
        let proef = try WebProef()
        let voor = proef.annotaties
        try await proef.test { client in
            let a = try await client.meldAan(proef.kern.code, rol: "wijkcoach")
            let b = try await client.meldAan(proef.kern.code, rol: "jeugdarts")
            let r = try await client.json("/api/annotaties", .post, "{\"item\":\"\(Self.item)\",\"soort\":\"smiley\"}",
                                          headers: a)
            let nummer = try #require(r.object["nummer"] as? Int)
            let vanB = try await client.execute(uri: "/api/annotaties/\(nummer)", method: .delete, headers: b)
            #expect(vanB.status == .forbidden)
            #expect(proef.annotaties.count == voor.count + 1)
            let vanA = try await client.execute(uri: "/api/annotaties/\(nummer)", method: .delete, headers: a)
            #expect(vanA.status == .noContent)
            let tweede = try await client.json("/api/annotaties", .post, "{\"item\":\"\(Self.item)\",\"soort\":\"smiley\"}",
                                               headers: b)
            let n2 = try #require(tweede.object["nummer"] as? Int)
            let fac = try await client.execute(uri: "/api/annotaties/\(n2)", method: .delete, headers: proef.facilitator)
            #expect(fac.status == .noContent)
            let weg = try await client.execute(uri: "/api/annotaties/\(n2)", method: .delete, headers: proef.facilitator)
            #expect(weg.status == .notFound)
        }
        #expect(proef.annotaties == voor)
        let log = try proef.werkbank.logboek(casus: WebProef.casus)
        #expect(log.filter { $0.actie == "verwijder-annotatie" }.count == 2)
    }

    @Test("deelnemers zien geen namen, tenzij --namen-voor-deelnemers")
    func pseudoniem() async throws {
        let proef = try WebProef()
        let namen = proef.kern.weergave.tijdlijn.gezinsleden.compactMap(\.inhoud.naam).filter { $0.count > 2 }
        try #require(!namen.isEmpty)
        try await proef.test { client in
            let koekje = try await client.meldAan(proef.kern.code)
            let deelnemer = try await client.execute(uri: "/api/tijdlijn", method: .get, headers: koekje).tekst
            let facilitator = try await client.execute(uri: "/api/tijdlijn", method: .get, headers: proef.facilitator).tekst
            let muur = try await client.execute(uri: "/muur", method: .get, headers: koekje).tekst
            let scherm = try await client.execute(uri: "/scherm", method: .get, headers: proef.facilitator).tekst
            let schermData = try await client.execute(uri: "/api/tijdlijn?weergave=openbaar", method: .get,
                                                      headers: proef.facilitator).tekst
            for naam in namen {
                #expect(!deelnemer.contains(naam))
                #expect(!muur.contains(naam))
                #expect(!scherm.contains(naam))
                #expect(!schermData.contains(naam))
                #expect(facilitator.contains(naam))
            }
        }
        let open = try WebProef(namen: true)
        try await open.test { client in
            let koekje = try await client.meldAan(open.kern.code)
            let deelnemer = try await client.execute(uri: "/api/tijdlijn", method: .get, headers: koekje).tekst
            #expect(namen.allSatisfy { deelnemer.contains($0) })
        }
    }

    @Test("alleen de facilitator zet de stap; die blijft na een herstart")
    func stap() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            let koekje = try await client.meldAan(proef.kern.code)
            let deelnemer = try await client.json("/api/stap", .post, "{\"stap\":3}", headers: koekje)
            #expect(deelnemer.status == .forbidden)
            let fac = try await client.json("/api/stap", .post, "{\"stap\":3}", headers: proef.facilitator)
            #expect(fac.status == .ok)
            let buiten = try await client.json("/api/stap", .post, "{\"stap\":9}", headers: proef.facilitator)
            #expect(buiten.status == .unprocessableContent)
        }
        let opnieuw = try SessieKern(casus: WebProef.casus, werkbank: proef.werkbank, namenVoorDeelnemers: false)
        #expect(opnieuw.stap == 3)
    }
}
