import Testing
@testable import Casus

@Suite struct DagTests {
    @Test func dagnummerHeenEnTerug() {
        for n in stride(from: -1000, to: 40000, by: 37) {
            #expect(Dag(dagnummer: n).dagnummer == n)
        }
        #expect(Dag(1970, 1, 1).dagnummer == 0)
        #expect(Dag(2020, 3, 1) - Dag(2020, 2, 28) == 2)
    }

    @Test func maandenOptellenKaptDeDagAf() {
        #expect(Dag(2019, 1, 31).plus(maanden: 1) == Dag(2019, 2, 28))
        #expect(Dag(2019, 11, 15).plus(maanden: 3) == Dag(2020, 2, 15))
        #expect(Dag(2019, 3, 15).plus(maanden: -3) == Dag(2018, 12, 15))
    }
}
