import Testing
@testable import Casus
import CasusProef

@Suite("Patronen op een grote verzonnen casus")
struct SynthetischeTijdlijnTests {
    @Test func zelfdeZaadZelfdeBevindingenEnElkBewijsBestaat() {
        let t = SynthetischeTijdlijn.maak(interventies: 300, zaad: 7)
        #expect(t == SynthetischeTijdlijn.maak(interventies: 300, zaad: 7))
        let bevindingen = Patronen.detecteer(t)
        let ids = Set(t.gezinsleden.map(\.id) + t.gebeurtenissen.map(\.id) + t.interventies.map(\.id)
                      + t.kader.map(\.id) + t.regie.map(\.id))
        #expect(Set(bevindingen.map(\.patroon)).count >= 6)
        for b in bevindingen {
            #expect(b.bewijs.allSatisfy(ids.contains))
            #expect(!b.bewijs.isEmpty || b.patroon == NetwerkNietInKaart.id)
        }
        // Each interventie is in at most one chain.
        let ketens = bevindingen.filter { $0.patroon == OpeenvolgendeHulp.id }.flatMap(\.bewijs)
        #expect(ketens.count == Set(ketens).count)
    }
}
