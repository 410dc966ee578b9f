import Casus
import CasusOpslag
import Foundation
import Hummingbird
import Testing
@testable import CasusWeb

/// Step 1 from the phone: role, organisation and check-in are stored as a
/// deelnemer of the session; the check-in (own words) is shown like a name.
@Suite("Sessie: aanmelden met organisatie en check-in")
struct AanmeldenTests {
    @Test("organisatie en check-in staan in de sessie; deelnemers zien de check-in niet, de facilitator wel")
    func checkIn() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            let r = try await client.json("/api/deelnemers", .post, """
                {"code":"\(proef.kern.code)","rol":"mentor","organisatie":" Het Assink ","check_in":"Benieuwd wat we leren."}
                """)
            #expect(r.status == .created)
            let koekje: HTTPFields = [.cookie: (r.headers[.setCookie] ?? "").split(separator: ";").first.map(String.init) ?? ""]
            let facilitator = try await client.json("/api/deelnemers", .get, headers: proef.facilitator)
            let voorF = try #require((facilitator.object["deelnemers"] as? [[String: Any]])?.last)
            #expect(voorF["organisatie"] as? String == "Het Assink")
            #expect(voorF["check_in"] as? String == "Benieuwd wat we leren.")
            let deelnemer = try await client.json("/api/deelnemers", .get, headers: koekje)
            let voorD = try #require((deelnemer.object["deelnemers"] as? [[String: Any]])?.last)
            #expect(voorD["organisatie"] as? String == "Het Assink")
            #expect(voorD["check_in"] is NSNull)
        }
        let opgeslagen = try proef.werkbank.sessie(casus: WebProef.casus).deelnemers
        #expect(opgeslagen.contains { $0.rol == "mentor" && $0.organisatie == "Het Assink"
            && $0.checkIn == "Benieuwd wat we leren." })
    }

    @Test("een te lange check-in is 422 en niemand is aangemeld")
    func teLang() async throws {
        let proef = try WebProef()
        let lang = String(repeating: "a", count: 1001)
        try await proef.test { client in
            let r = try await client.json("/api/deelnemers", .post,
                                          "{\"code\":\"\(proef.kern.code)\",\"rol\":\"mentor\",\"check_in\":\"\(lang)\"}")
            #expect(r.status == .unprocessableContent)
            #expect((r.object["fout"] as? String)?.contains("check-in") == true)
        }
        #expect(try proef.werkbank.webDeelnemers(casus: WebProef.casus).isEmpty)
    }
}
