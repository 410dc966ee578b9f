import Casus
import CasusOpslag
import Foundation
import Hummingbird
import Testing
@testable import CasusWeb

/// Step 4, "hier verschillen we": an item with smileys and sadneys is in the
/// state and in an event as soon as it is divided, and leaves it when it is not.
@Suite("Sessie: verdeeld (smileys én sadneys)")
struct VerdeeldTests {
    /// An interventie of the example without any sticky yet.
    static func vrijItem(_ proef: WebProef) throws -> String {
        let beplakt = Set(proef.annotaties.map(\.annotatie.item))
        return try #require(proef.kern.weergave.tijdlijn.interventies.map(\.id).first { !beplakt.contains($0) })
    }

    static func verdeeld(_ r: ProefAntwoord) -> [[String: Any]] { r.object["verdeeld"] as? [[String: Any]] ?? [] }

    @Test("de stand noemt een item met smiley en sadney, met de aantallen; weghalen maakt het weer eens")
    func inDeStand() async throws {
        let proef = try WebProef()
        let item = try Self.vrijItem(proef)
        try await proef.test { client in
            let a = try await client.meldAan(proef.kern.code)
            let b = try await client.meldAan(proef.kern.code, rol: "mentor")
            _ = try await client.json("/api/annotaties", .post, "{\"item\":\"\(item)\",\"soort\":\"smiley\"}", headers: a)
            let alleenBlij = try await client.json("/api/tijdlijn", .get, headers: a)
            #expect(!Self.verdeeld(alleenBlij).contains { $0["item"] as? String == item })
            let sad = try await client.json("/api/annotaties", .post, "{\"item\":\"\(item)\",\"soort\":\"sadney\"}", headers: b)
            let stand = try await client.json("/api/tijdlijn", .get, headers: a)
            let regel = try #require(Self.verdeeld(stand).first { $0["item"] as? String == item })
            #expect(regel["smiley"] as? Int == 1 && regel["sadney"] as? Int == 1)
            let nummer = try #require(sad.object["nummer"] as? Int)
            _ = try await client.json("/api/annotaties/\(nummer)", .delete, headers: b)
            let na = try await client.json("/api/tijdlijn", .get, headers: a)
            #expect(!Self.verdeeld(na).contains { $0["item"] as? String == item })
        }
    }

    @Test("elke verandering van de stickers zendt de nieuwe lijst, voor iedereen dezelfde")
    func alsGebeurtenis() async throws {
        let proef = try WebProef()
        let item = try Self.vrijItem(proef)
        try await proef.test { client in
            let a = try await client.meldAan(proef.kern.code)
            _ = try await client.json("/api/annotaties", .post, "{\"item\":\"\(item)\",\"soort\":\"smiley\"}", headers: a)
            _ = try await client.json("/api/annotaties", .post, "{\"item\":\"\(item)\",\"soort\":\"sadney\"}", headers: a)
        }
        let gebeurtenissen = try #require(proef.kern.stroom.gemist(na: "\(proef.kern.stroom.start)-0"))
        let verdeeld = gebeurtenissen.filter { $0.soort == "verdeeld" }
        #expect(verdeeld.count == 2)
        let laatste = try #require(verdeeld.last)
        #expect(laatste.voorFacilitator == laatste.voorDeelnemer)
        #expect(laatste.voorFacilitator.contains("\"item\":\"\(item)\",\"smiley\":1,\"sadney\":1"))
    }
}
