import Testing
@testable import Casus

@Suite("Normalisatie: de snelle weg voor ASCII")
struct NormalisatieTests {
    @Test func asciiGeeftHetzelfdeAlsFoundation() {
        var g = SplitMix64(zaad: 2026)
        // Every ASCII character, control characters and punctuation included, in random texts.
        for _ in 0..<3000 {
            let tekst = String(decoding: (0..<Int(g.next() % 40)).map { _ in UInt8(g.next() % 128) }, as: UTF8.self)
            #expect(Normalisatie.alleenASCII(tekst) == Normalisatie.volledig(tekst), "\(Array(tekst.utf8))")
        }
        for tekst in ["  Wijkteam   Hengelo!! ", "MELDING VEILIG THUIS (2019)", "a-b_c.d", "", "---", "Q2 2019"] {
            #expect(Normalisatie.alleenASCII(tekst) == Normalisatie.volledig(tekst))
        }
    }

    @Test func andereTekstGaatDoorFoundation() {
        #expect(Normalisatie.alleenASCII("Ruïne") == nil)
        #expect(Normalisatie.normaal("Ruïne  ÉÉN ｗｉｄｅ") == "ruine een wide")
    }
}
