import Casus
import CasusOpslag
import Foundation
import Hummingbird
import Testing
@testable import CasusWeb

@Suite("Sessie: sleutel, code en koekjes")
struct ToegangTests {
    @Test("de sleutel van de facilitator heeft minstens 128 willekeurige bits en blijft na een herstart")
    func sleutel() throws {
        let proef = try WebProef()
        #expect(proef.kern.sleutel.count * 4 >= 128)
        let hex = proef.kern.sleutel.allSatisfy { $0.isHexDigit }
        #expect(hex)
        let opnieuw = try SessieKern(casus: WebProef.casus, werkbank: proef.werkbank, namenVoorDeelnemers: false)
        #expect(opnieuw.sleutel == proef.kern.sleutel)
        #expect(opnieuw.code == proef.kern.code)
        let ander = try WebProef()
        #expect(ander.kern.sleutel != proef.kern.sleutel)
    }

    @Test("vergelijken in constante tijd geeft alleen bij gelijke teksten waar")
    func gelijk() {
        #expect(Geheim.gelijk("abc", "abc"))
        #expect(!Geheim.gelijk("abc", "abd"))
        #expect(!Geheim.gelijk("abc", "abcd"))
        #expect(!Geheim.gelijk("", "a"))
        #expect(Geheim.gelijk("", ""))
    }

    @Test("?sleutel= zet een HttpOnly SameSite=Strict-koekje en stuurt door naar dezelfde pagina zonder sleutel")
    func sleutelInAdres() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            let r = try await client.execute(uri: "/scherm?sleutel=\(proef.kern.sleutel)", method: .get)
            #expect(r.status == .seeOther)
            #expect(r.headers[.location] == "/scherm")
            let koekje = r.headers[.setCookie] ?? ""
            #expect(koekje.contains("\(Koekjes.sleutel)=\(proef.kern.sleutel)"))
            #expect(koekje.contains("HttpOnly"))
            #expect(koekje.contains("SameSite=Strict"))
            let fout = try await client.execute(uri: "/?sleutel=verkeerd", method: .get)
            #expect(fout.status == .forbidden)
            #expect(fout.headers[.setCookie] == nil)
        }
    }

    @Test("zonder koekje geen tijdlijn (401, Nederlands)")
    func zonderKoekje() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            let r = try await client.execute(uri: "/api/tijdlijn", method: .get)
            #expect(r.status == .unauthorized)
            #expect((r.object["fout"] as? String)?.contains("niet aangemeld") == true)
            let pagina = try await client.execute(uri: "/", method: .get)
            #expect(pagina.status == .unauthorized)
        }
    }

    @Test("een verkeerde code is 403; de goede geeft een deelnemerskoekje")
    func aanmelden() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            let fout = try await client.json("/api/deelnemers", .post, "{\"code\":\"XXXXXX\",\"rol\":\"wijkcoach\"}")
            #expect(fout.status == .forbidden)
            let koekje = try await client.meldAan(proef.kern.code.lowercased(), rol: "jeugdarts")
            let r = try await client.execute(uri: "/api/tijdlijn", method: .get, headers: koekje)
            #expect(r.status == .ok)
            #expect(r.object["ik"] as? String == "w1")
        }
        let aangemeld = try proef.werkbank.webDeelnemers(casus: WebProef.casus)
        #expect(aangemeld.map(\.rol) == ["jeugdarts"])
        let log = try proef.werkbank.logboek(casus: WebProef.casus)
        #expect(log.contains { $0.actie == "aanmelding" && $0.details.contains("jeugdarts") })
    }

    @Test("na tien verkeerde codes per minuut weigert de server ook de goede (429)")
    func raden() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            for _ in 0..<10 {
                let r = try await client.json("/api/deelnemers", .post, "{\"code\":\"FOUT99\",\"rol\":\"x\"}")
                #expect(r.status == .forbidden)
            }
            let r = try await client.json("/api/deelnemers", .post, "{\"code\":\"\(proef.kern.code)\",\"rol\":\"x\"}")
            #expect(r.status == .tooManyRequests)
            #expect((r.object["fout"] as? String)?.contains("Wacht een minuut") == true)
        }
    }

    @Test("de poortwachter vergeet pogingen na een minuut")
    func venster() {
        let wachter = Poortwachter(maximum: 2, venster: 60)
        let t = Date(timeIntervalSince1970: 1000)
        wachter.mislukt("a", nu: t)
        wachter.mislukt("a", nu: t)
        #expect(!wachter.magProberen("a", nu: t.addingTimeInterval(30)))
        #expect(wachter.magProberen("b", nu: t.addingTimeInterval(30)))
        #expect(wachter.magProberen("a", nu: t.addingTimeInterval(61)))
    }
}
