import Foundation
import Testing
@testable import CasusWeb

@Suite("Sessie: de stroom van gebeurtenissen")
struct StroomTests {
    @Test("wie met Last-Event-ID terugkomt, krijgt precies wat hij miste")
    func gemist() {
        let stroom = Stroom(start: "abc")
        for i in 1...5 { stroom.zend("annotatie", facilitator: "{\"i\":\(i)}", deelnemer: "{}") }
        #expect(stroom.gemist(na: "abc-2")?.map(\.nummer) == [3, 4, 5])
        #expect(stroom.gemist(na: "abc-5")?.isEmpty == true)
        #expect(stroom.gemist(na: nil)?.isEmpty == true)
        #expect(stroom.laatsteId == "abc-5")
    }

    @Test("een id van een eerdere server of van te lang geleden: alles opnieuw laden")
    func ververs() {
        let stroom = Stroom(start: "nieuw", bewaar: 3)
        for _ in 1...6 { stroom.zend("annotatie", facilitator: "{}", deelnemer: "{}") }
        #expect(stroom.gemist(na: "oud-4") == nil)
        #expect(stroom.gemist(na: "nieuw-1") == nil)
        #expect(stroom.gemist(na: "nieuw-3")?.map(\.nummer) == [4, 5, 6])
        #expect(stroom.gemist(na: "nieuw-99") == nil)
        #expect(stroom.gemist(na: "onzin") == nil)
    }

    @Test("elke luisteraar krijgt elke gebeurtenis, in volgorde")
    func luisteren() async {
        let stroom = Stroom(start: "s")
        let (a, stopA) = stroom.luister()
        let (b, stopB) = stroom.luister()
        for i in 1...3 { stroom.zend("x", facilitator: "\(i)", deelnemer: "d\(i)") }
        stopA(); stopB()
        var ontvangenA: [String] = [], ontvangenB: [String] = []
        for await g in a { ontvangenA.append(g.voorFacilitator) }
        for await g in b { ontvangenB.append(g.voorDeelnemer) }
        #expect(ontvangenA == ["1", "2", "3"])
        #expect(ontvangenB == ["d1", "d2", "d3"])
        #expect(stroom.aantalLuisteraars == 0)
    }
}
