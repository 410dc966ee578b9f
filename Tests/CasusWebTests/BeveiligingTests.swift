import Casus
import CasusOpslag
import Foundation
import Hummingbird
import Testing
@testable import CasusWeb

@Suite("Sessie: veilig standaard")
struct BeveiligingTests {
    static let item = "interventie-mediation-2018"

    @Test("een schrijfverzoek van een andere origin is 403, ook met het goede koekje")
    func andereOrigin() async throws {
        let proef = try WebProef()
        let voor = proef.annotaties
        try await proef.test { client in
            var h = proef.facilitator
            h[.origin] = "http://kwaadaardig.example"
            let r = try await client.json("/api/annotaties", .post, "{\"item\":\"\(Self.item)\",\"soort\":\"smiley\"}", headers: h)
            #expect(r.status == .forbidden)
            var site = proef.facilitator
            site[Kopnaam("Sec-Fetch-Site")!] = "cross-site"
            let r2 = try await client.json("/api/stap", .post, "{\"stap\":2}", headers: site)
            #expect(r2.status == .forbidden)
            var goed = proef.facilitator
            goed[.origin] = "http://localhost"
            let r3 = try await client.json("/api/annotaties", .post, "{\"item\":\"\(Self.item)\",\"soort\":\"smiley\"}", headers: goed)
            #expect(r3.status == .created)
        }
        #expect(proef.annotaties.count == voor.count + 1)
    }

    @Test("een verzoek van meer dan 16 kB is 413")
    func teGroot() async throws {
        let proef = try WebProef()
        let voor = proef.annotaties
        try await proef.test { client in
            let lang = String(repeating: "x", count: 17 * 1024)
            let r = try await client.json("/api/annotaties", .post,
                                          "{\"item\":\"\(Self.item)\",\"soort\":\"smiley\",\"toelichting\":\"\(lang)\"}",
                                          headers: proef.facilitator)
            #expect(r.status == .contentTooLarge)
            #expect((r.object["fout"] as? String)?.contains("16 kB") == true)
        }
        #expect(proef.annotaties == voor)
    }

    @Test("elke pagina heeft een CSP zonder bron van buiten, en laadt niets van buiten")
    func csp() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            for pad in ["/", "/scherm", "/muur", "/doe-mee", "/statisch/casus.js", "/api/tijdlijn"] {
                let r = try await client.execute(uri: pad, method: .get, headers: proef.facilitator)
                let csp = r.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("default-src 'none'"), "\(pad)")
                #expect(!csp.contains("http"), "\(pad)")
                #expect(r.headers[.xContentTypeOptions] == "nosniff")
                let tekst = r.tekst
                for verboden in ["src=\"http", "href=\"http", "url(http", "@import", "fonts.g"] {
                    #expect(!tekst.contains(verboden), "\(pad): \(verboden)")
                }
            }
        }
    }

    @Test("een vreemde Host wordt geweigerd als de server alleen lokaal luistert")
    func host() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            let r = try await client.execute(uri: "/api/tijdlijn", method: .get, headers: proef.facilitator,
                                             authority: "kwaadaardig.example")
            #expect(r.status == .forbidden)
            let lokaal = try await client.execute(uri: "/api/tijdlijn", method: .get, headers: proef.facilitator,
                                                  authority: "127.0.0.1:8080")
            #expect(lokaal.status == .ok)
        }
        #expect(Beveiliging.isLokaal("127.0.0.1:8080"))
        #expect(Beveiliging.isLokaal("localhost:1"))
        #expect(Beveiliging.isLokaal("[::1]:8080"))
        #expect(!Beveiliging.isLokaal("kwaadaardig.example:8080"))
        #expect(!Beveiliging.isLokaal("127.0.0.1.nip.io"))
    }

    @Test("tekst wordt overal ontsnapt: een toelichting met markup blijft tekst")
    func ontsnappen() async throws {
        let proef = try WebProef()
        let kwaad = "<script>alert(1)</script>\"' onload=x"
        try await proef.test { client in
            let body = "{\"item\":\"\(Self.item)\",\"soort\":\"smiley\",\"toelichting\":\"<script>alert(1)</script>\\\"' onload=x\"}"
            let r = try await client.json("/api/annotaties", .post, body, headers: proef.facilitator)
            #expect(r.status == .created)
            let muur = try await client.execute(uri: "/muur", method: .get, headers: proef.facilitator).tekst
            #expect(!muur.contains("<script>alert"))
            #expect(muur.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&apos; onload=x"))
        }
        #expect(HTML.escape(kwaad) == "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&apos; onload=x")
        #expect(HTML.el("p", [("title", "\"><b>")], "<i>").tekst == "<p title=\"&quot;&gt;&lt;b&gt;\">&lt;i&gt;</p>")
    }
}
