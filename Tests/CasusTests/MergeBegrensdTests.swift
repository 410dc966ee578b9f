import Foundation
import PropertyBased
import Testing
@testable import Casus

/// Issue 12, deliver 6: the merge of thousands of one-event formats is bounded,
/// and a word every source uses is no evidence that two events are one. Speed
/// itself is measured in BENCHMARKS.md (`casus-proef bench losse-formats`), not here.
@Suite struct MergeBegrensdTests {
    static func formats(_ aantal: Int, wat: (Int) -> String, datum: (Int) -> String = { _ in "2019-03-14" }) -> [TijdlijnFormat] {
        (0..<aantal).map { n in
            M.format("wijkcoach", "Team \(n)", bestand: "f\(n).yaml",
                     gezinsleden: [Gezinslid(id: "moeder", rol: .moeder), Gezinslid(id: "kind-1", rol: .kind)],
                     gebeurtenissen: [M.gebeurtenis(datum(n), wat(n))])
        }
    }

    /// The reproduction: 500 unrelated events "iets N" used to become one item of 500 sources.
    @Test func eenWoordVanIedereBronVoegtNietsSamen() {
        let t = Samenvoeger.voegSamen(Self.formats(500) { "iets \($0)" }).tijdlijn
        #expect(t.gebeurtenissen.count == 500)
        #expect(t.gebeurtenissen.allSatisfy { $0.bronnen.count == 1 })
        // The people are still one each, told by all 500 sources.
        #expect(t.gezinsleden.map(\.bronnen.count) == [500, 500])
    }

    @Test func dezelfdeTekstBlijftSamengaanOokBijVeelBronnen() {
        let t = Samenvoeger.voegSamen(Self.formats(120) { _ in "Ouders gaan uit elkaar" }).tijdlijn
        #expect(t.gebeurtenissen.count == 1)
        #expect(t.gebeurtenissen.first?.bronnen.count == 120)
    }

    @Test func onderDeGrensVerandertErNiets() {
        // 50 sources all using "ruzie": still evidence, as before the cap.
        let t = Samenvoeger.voegSamen(Self.formats(Drempels.maximumBronnenPerKenmerk) { "ruzie over de omgang \($0)" }).tijdlijn
        #expect(t.gebeurtenissen.count == 1)
    }

    /// Below the cap the candidates find exactly the pairs that judging every pair finds.
    @Test func kandidatenVindenDezelfdeParen() async {
        let woorden = ["ruzie", "omgang", "school", "vader", "moeder", "gesprek", "verteld", "politie", "ok", "zorgmelding"]
        let gen = Gen.int(in: 0...1_000_000)
        await propertyCheck(count: 60, input: gen) { zaad in
            var rng = SplitMix64(zaad: UInt64(zaad))
            let aantal = 2 + Int(rng.next() % 40)
            let invoer = (0..<aantal).map { i -> Invoer<Gebeurtenis> in
                let wat = (0..<(1 + Int(rng.next() % 3))).map { _ in woorden[Int(rng.next() % UInt64(woorden.count))] }
                    .joined(separator: " ")
                let soort: GebeurtenisSoort = rng.next() % 2 == 0 ? .gebeurtenis : .incident
                let betrokken = rng.next() % 2 == 0 ? ["vader"] : ["wijkcoach"]
                let datum = "2019-0\(1 + Int(rng.next() % 3))-1\(Int(rng.next() % 9))"
                return Invoer(bron: "bron-\(rng.next() % 6)", inhoud: M.gebeurtenis(datum, wat, soort: soort, betrokkenen: betrokken),
                              sleutel: "\(i)")
            }
            func vorm(_ paren: [Paar]) -> [String] { paren.map { "\($0.a)-\($0.b):\($0.score):\($0.zwak)" }.sorted() }
            #expect(vorm(Gebeurtenis.paren(invoer)) == vorm(Gebeurtenis.paren(invoer, alleParen: true)))
        }
    }

    /// People: one pair per entry gives the same groups as all pairs of an id.
    @Test func personenGroeperenAlsMetAlleParen() async {
        let gen = Gen.int(in: 0...1_000_000)
        await propertyCheck(count: 100, input: gen) { zaad in
            var rng = SplitMix64(zaad: UInt64(zaad))
            let aantal = 1 + Int(rng.next() % 30)
            let bronnen = (0..<aantal).map { _ in "b\(rng.next() % 5)" }.sorted()
            let ids = (0..<aantal).map { _ in ["moeder", "kind-1"][Int(rng.next() % 2)] }
            var alle: [Paar] = []
            for i in 0..<aantal {
                for j in (i + 1)..<max(i + 1, aantal) where ids[i] == ids[j] && bronnen[i] != bronnen[j] {
                    alle.append(Paar(a: i, b: j, score: 1))
                }
            }
            #expect(Groepering.groepeer(bronnen: bronnen, paren: PersoonRegels.paren(ids: ids, bronnen: bronnen))
                    == Groepering.groepeer(bronnen: bronnen, paren: alle))
        }
    }
}
