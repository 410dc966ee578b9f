import Testing
@testable import Casus

@Suite("Patronen: datums en opsommingen in zinnen")
struct LeesbaarTests {
    @Test(arguments: [
        ("2019-03-14", "op 14 maart 2019", "14 mrt 2019"),
        ("maart 2019", "in maart 2019", "mrt 2019"),
        ("voorjaar 2019", "in voorjaar 2019", "voorjaar 2019"),
        ("Q2 2019", "in Q2 2019", "Q2 2019"),
        ("2019", "in 2019", "2019"),
        ("ca. oktober 2017", "rond oktober 2017", "ca. okt 2017"),
        ("circa medio 2019", "rond medio 2019", "ca. medio 2019"),
    ])
    func datum(_ tekst: String, _ moment: String, _ kort: String) {
        let d = F.d(tekst)
        #expect(Leesbaar.moment(d) == moment)
        #expect(Leesbaar.kort(d) == kort)
    }

    @Test func periodeZonderTekstAlsInterval() {
        let d = Datum(tekst: "", van: Dag(2019, 3, 1), tot: Dag(2019, 5, 31), precisie: .periode)
        #expect(Leesbaar.datum(d) == "1 maart 2019 – 31 mei 2019")
    }

    @Test func opsomming() {
        #expect(Leesbaar.opsomming([]) == "")
        #expect(Leesbaar.opsomming(["a"]) == "a")
        #expect(Leesbaar.opsomming(["a", "b"]) == "a en b")
        #expect(Leesbaar.opsomming(["a", "b", "c"]) == "a, b en c")
    }
}
