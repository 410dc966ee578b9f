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

@Suite("Snelle controles op ASCII geven hetzelfde als de volledige")
struct SnelleTekstControleTests {
    @Test func enkeleSpatiesZoalsSplitsen() {
        var g = SplitMix64(zaad: 7)
        let stukjes = [" ", "  ", "\t", "\n", "a", "bc", "é", "Ruïne", "\u{0301}", "\u{00A0}", "-", "\u{1C}"]
        for _ in 0..<3000 {
            let tekst = (0..<Int(g.next() % 8)).map { _ in stukjes[Int(g.next() % UInt64(stukjes.count))] }.joined()
            let verwacht = tekst.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(Normalisatie.enkeleSpaties(tekst) == verwacht, "\(Array(tekst.unicodeScalars))")
        }
    }

    @Test func zekerVeiligMistGeenOnveiligTeken() {
        var g = SplitMix64(zaad: 8)
        // Noncharacters cannot be written as literals.
        let tekens: [Unicode.Scalar] = ["a", " ", "\t", "\n", "\r", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "é",
                                        "\u{202E}", "\u{2066}", "–", "😀"]
            + [0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFE].map { Unicode.Scalar($0)! }
        for _ in 0..<3000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int(g.next() % 6) { s.append(tekens[Int(g.next() % UInt64(tekens.count))]) }
            let tekst = String(s)
            let onveilig = tekst.unicodeScalars.contains { OnveiligeTekens.soort($0) != nil }
            #expect(OnveiligeTekens.bevat(tekst) == onveilig)
            if onveilig { #expect(!OnveiligeTekens.zekerVeilig(tekst)) }
        }
    }
}
