import Casus
import CasusOpslag
import Foundation
import Hummingbird
import Testing
@testable import CasusWeb

/// Step 2, the principles, agreements and evaluation from the browser: the
/// facilitator's writes land in the workbench (with a log line) before the
/// answer; a participant may not write them; bad input is a Dutch 422.
@Suite("Sessie: gezinsleden, principes, afspraken en evaluatie via de API")
struct StappenApiTests {
    static let casus = WebProef.casus

    func sessie(_ proef: WebProef) throws -> Sessie { try proef.werkbank.sessie(casus: Self.casus) }
    func log(_ proef: WebProef, _ actie: LogboekActie) throws -> Int {
        try proef.werkbank.logboek(casus: Self.casus).filter { $0.actie == actie.rawValue && $0.wie == "facilitator" }.count
    }
    static func fout(_ r: ProefAntwoord) -> String { r.object["fout"] as? String ?? "" }

    @Test("stap 2: een aanvulling op een gezinslid is opgeslagen, gelogd en gaat als gebeurtenis uit")
    func aanvullen() async throws {
        let proef = try WebProef()
        let voor = try sessie(proef).gezinsleden.count
        try await proef.test { client in
            let r = try await client.json("/api/gezinsleden", .post,
                "{\"gezinslid\":\"kind-1\",\"blij_van\":\"Paarden en <b>tekenen</b>\",\"door\":\"p2\"}", headers: proef.facilitator)
            #expect(r.status == .created)
            let stand = try await client.json("/api/sessie", .get, headers: proef.facilitator)
            #expect(stand.tekst.contains("Paarden en <b>tekenen</b>"))
        }
        let na = try sessie(proef).gezinsleden
        #expect(na.count == voor + 1)
        #expect(na.last == GezinslidAanvulling(id: "kind-1", blijVan: "Paarden en <b>tekenen</b>", door: "p2"))
        #expect(try log(proef, .gezinslid) == 1)
        let g = try #require(proef.kern.stroom.gemist(na: "\(proef.kern.stroom.start)-0")?.last)
        #expect(g.soort == "sessie" && g.voorFacilitator.contains("Paarden"))
    }

    @Test("stap 2: onbekend gezinslid, onbekende deelnemer of niets ingevuld is 422; een deelnemer 403")
    func aanvullenFout() async throws {
        let proef = try WebProef()
        let voor = try sessie(proef).gezinsleden
        try await proef.test { client in
            let onbekend = try await client.json("/api/gezinsleden", .post, "{\"gezinslid\":\"kind-9\",\"eigenheid\":\"x\"}",
                                                 headers: proef.facilitator)
            #expect(onbekend.status == .unprocessableContent)
            #expect(Self.fout(onbekend).contains("kind-9"))
            let wie = try await client.json("/api/gezinsleden", .post,
                                            "{\"gezinslid\":\"kind-1\",\"eigenheid\":\"x\",\"door\":\"Fatima\"}", headers: proef.facilitator)
            #expect(wie.status == .unprocessableContent)
            #expect(Self.fout(wie).contains("Onbekende deelnemer"))
            let leeg = try await client.json("/api/gezinsleden", .post, "{\"gezinslid\":\"kind-1\",\"eigenheid\":\"  \"}",
                                             headers: proef.facilitator)
            #expect(leeg.status == .unprocessableContent)
            #expect(Self.fout(leeg).contains("minstens één"))
            let lang = try await client.json("/api/gezinsleden", .post,
                "{\"gezinslid\":\"kind-1\",\"eigenheid\":\"\(String(repeating: "a", count: 2001))\"}", headers: proef.facilitator)
            #expect(lang.status == .unprocessableContent)
            #expect(Self.fout(lang).contains("te lang"))
            let deelnemer = try await client.meldAan(proef.kern.code)
            let verboden = try await client.json("/api/gezinsleden", .post, "{\"gezinslid\":\"kind-1\",\"eigenheid\":\"x\"}",
                                                 headers: deelnemer)
            #expect(verboden.status == .forbidden)
            #expect(Self.fout(verboden) == "Dit mag alleen de facilitator.")
        }
        #expect(try sessie(proef).gezinsleden == voor)
    }

    @Test("visie: een oordeel zetten en wijzigen; de items van de opdrachtregel blijven")
    func oordeel() async throws {
        let proef = try WebProef()
        let oud = try #require(try sessie(proef).visie.first { $0.principe == 2 })
        try await proef.test { client in
            let r = try await client.json("/api/visie", .post,
                "{\"principe\":2,\"oordeel\":\"deels\",\"toelichting\":\"Twee plannen, laat\",\"had_kunnen\":\"Meteen na de scheiding\"}",
                headers: proef.facilitator)
            #expect(r.status == .ok)
            let stand = try await client.json("/api/sessie", .get, headers: proef.facilitator)
            let visie = try #require(stand.object["visie"] as? [[String: Any]])
            #expect(visie.count == 8)
            #expect(visie[1]["oordeel"] as? String == "deels" && visie[1]["had_kunnen"] as? String == "Meteen na de scheiding")
        }
        let nieuw = try #require(try sessie(proef).visie.first { $0.principe == 2 })
        #expect(nieuw == VisieOordeel(principe: 2, oordeel: .deels, toelichting: "Twee plannen, laat",
                                      hadKunnen: "Meteen na de scheiding", items: oud.items))
        #expect(try log(proef, .visie) == 1)
    }

    @Test("visie: principe 9, een onbekend oordeel of geen getal is 422; een deelnemer 403")
    func oordeelFout() async throws {
        let proef = try WebProef()
        let voor = try sessie(proef).visie
        try await proef.test { client in
            for (body, woord) in [("{\"principe\":9,\"oordeel\":\"wel\"}", "1 tot en met 8"),
                                  ("{\"principe\":\"twee\",\"oordeel\":\"wel\"}", "1 tot en met 8"),
                                  ("{\"principe\":2,\"oordeel\":\"soms\"}", "ongeldig oordeel 'soms'"),
                                  ("{\"principe\":2}", "'oordeel' ontbreekt")] {
                let r = try await client.json("/api/visie", .post, body, headers: proef.facilitator)
                #expect(r.status == .unprocessableContent, "\(body)")
                #expect(Self.fout(r).contains(woord), "\(Self.fout(r))")
            }
            let deelnemer = try await client.meldAan(proef.kern.code)
            let verboden = try await client.json("/api/visie", .post, "{\"principe\":2,\"oordeel\":\"wel\"}", headers: deelnemer)
            #expect(verboden.status == .forbidden)
            let niemand = try await client.json("/api/visie", .post, "{\"principe\":2,\"oordeel\":\"wel\"}")
            #expect(niemand.status == .forbidden)
        }
        #expect(try sessie(proef).visie == voor)
    }

    @Test("afspraken: vastgelegd met wie en wanneer (een datum zoals in de formats) en een nummer")
    func afspraak() async throws {
        let proef = try WebProef()
        let voor = try sessie(proef).afspraken.count
        try await proef.test { client in
            let r = try await client.json("/api/afspraken", .post,
                "{\"wat\":\"Regiehouder belt school\",\"wie\":\"wijkcoach\",\"wanneer\":\"april 2024\"}", headers: proef.facilitator)
            #expect(r.status == .created)
            let nummer = try #require(r.object["nummer"] as? Int)
            let stand = try await client.json("/api/sessie", .get, headers: proef.facilitator)
            let lijst = try #require(stand.object["afspraken"] as? [[String: Any]])
            #expect(lijst.last?["nummer"] as? Int == nummer && lijst.last?["wanneer"] as? String == "april 2024")
            #expect(lijst.last?["status"] as? String == "open")
        }
        let na = try sessie(proef).afspraken
        #expect(na.count == voor + 1)
        #expect(na.last?.wat == "Regiehouder belt school" && na.last?.wie == "wijkcoach")
        #expect(na.last?.wanneer?.van == DatumParser.parse("april 2024")?.van)
        #expect(try log(proef, .afspraak) == 1)
    }

    @Test("afspraken: zonder wat, met een onleesbare datum of status is 422; een deelnemer 403")
    func afspraakFout() async throws {
        let proef = try WebProef()
        let voor = try sessie(proef).afspraken
        try await proef.test { client in
            for (body, woord) in [("{\"wat\":\" \"}", "'wat' is leeg"),
                                  ("{\"wat\":\"x\",\"wanneer\":\"31-02-2024\"}", "onleesbare datum '31-02-2024' bij 'wanneer'"),
                                  ("{\"wat\":\"x\",\"status\":\"klaar\"}", "ongeldige status 'klaar'")] {
                let r = try await client.json("/api/afspraken", .post, body, headers: proef.facilitator)
                #expect(r.status == .unprocessableContent, "\(body)")
                #expect(Self.fout(r).contains(woord), "\(Self.fout(r))")
            }
            let deelnemer = try await client.meldAan(proef.kern.code)
            let verboden = try await client.json("/api/afspraken", .post, "{\"wat\":\"x\"}", headers: deelnemer)
            #expect(verboden.status == .forbidden)
        }
        #expect(try sessie(proef).afspraken == voor)
    }

    @Test("afspraken: de status wordt gedaan en weer open; de rest van de afspraak blijft")
    func status() async throws {
        let proef = try WebProef()
        let eerste = try #require(try proef.werkbank.afspraken(casus: Self.casus).first { $0.afspraak.status != .gedaan })
        try await proef.test { client in
            let r = try await client.json("/api/afspraken/\(eerste.nummer)", .post, "{\"status\":\"gedaan\"}", headers: proef.facilitator)
            #expect(r.status == .ok)
            let fout = try await client.json("/api/afspraken/\(eerste.nummer)", .post, "{\"status\":\"klaar\"}", headers: proef.facilitator)
            #expect(fout.status == .unprocessableContent && Self.fout(fout).contains("ongeldige status 'klaar'"))
            let onbekend = try await client.json("/api/afspraken/999", .post, "{\"status\":\"open\"}", headers: proef.facilitator)
            #expect(onbekend.status == .notFound && Self.fout(onbekend).contains("999"))
            let deelnemer = try await client.meldAan(proef.kern.code)
            let verboden = try await client.json("/api/afspraken/\(eerste.nummer)", .post, "{\"status\":\"open\"}", headers: deelnemer)
            #expect(verboden.status == .forbidden)
        }
        let na = try #require(try proef.werkbank.afspraken(casus: Self.casus).first { $0.nummer == eerste.nummer })
        var verwacht = eerste.afspraak
        verwacht.status = .gedaan
        #expect(na.afspraak == verwacht)
        #expect(try log(proef, .wijzigAfspraak) == 1)
    }

    @Test("evaluatie: vastgelegd met wie; zonder tekst 422; een deelnemer 403")
    func evaluatie() async throws {
        let proef = try WebProef()
        let voor = try sessie(proef).evaluatie.count
        try await proef.test { client in
            let r = try await client.json("/api/evaluatie", .post, "{\"door\":\"p1\",\"tekst\":\"Het vloog voorbij.\"}",
                                          headers: proef.facilitator)
            #expect(r.status == .created)
            let leeg = try await client.json("/api/evaluatie", .post, "{\"door\":\"p1\"}", headers: proef.facilitator)
            #expect(leeg.status == .unprocessableContent)
            #expect(Self.fout(leeg).contains("wat die zei"))
            let deelnemer = try await client.meldAan(proef.kern.code)
            let verboden = try await client.json("/api/evaluatie", .post, "{\"door\":\"p1\",\"tekst\":\"x\"}", headers: deelnemer)
            #expect(verboden.status == .forbidden)
        }
        let na = try sessie(proef).evaluatie
        #expect(na.count == voor + 1 && na.last == Evaluatie(door: "p1", tekst: "Het vloog voorbij."))
        #expect(try log(proef, .evaluatie) == 1)
    }

    @Test("deelnemers en het scherm zien de stand zonder namen; de facilitator met")
    func zonderNamen() async throws {
        let proef = try WebProef()
        let naam = try #require(try sessie(proef).deelnemers.compactMap(\.naam).first)
        try await proef.test { client in
            let fac = try await client.json("/api/sessie", .get, headers: proef.facilitator)
            #expect(fac.tekst.contains(naam))
            let scherm = try await client.json("/api/sessie?weergave=openbaar", .get, headers: proef.facilitator)
            #expect(!scherm.tekst.contains(naam))
            let deelnemer = try await client.meldAan(proef.kern.code)
            let telefoon = try await client.json("/api/sessie", .get, headers: deelnemer)
            #expect(telefoon.status == .ok && !telefoon.tekst.contains(naam))
            let niemand = try await client.json("/api/sessie", .get)
            #expect(niemand.status == .unauthorized)
        }
    }
}
