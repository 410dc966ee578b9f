import Foundation
import PropertyBased
import Testing
@testable import CasusOpslag

/// The fast path of `bijgesneden` (nothing at either end to trim) gives exactly what
/// Foundation's trimming gives, for every kind of white space and newline.
@Suite struct BijsnijdenTests {
    static let tekens: [Character] = ["a", "é", "👩‍👧", " ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2028}", "\u{3000}",
                                      "\u{200B}", "\u{0085}", "x", "\u{0301}"]

    @Test func gelijkAanFoundation() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int(Int32.max)).array(of: 0...6)) { keuzes in
            let tekst = String(keuzes.map { Self.tekens[$0 % Self.tekens.count] })
            #expect(tekst.bijgesneden == tekst.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(tekst.unicodeScalars))")
            let leeg = tekst.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            #expect(tekst.bijgesnedenOfNil == (leeg ? nil : tekst.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }
}
