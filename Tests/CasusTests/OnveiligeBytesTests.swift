import Foundation
import Testing
@testable import Casus

/// The byte check behind `Terminaltekst.veilig(json:)` and `OnveiligeTekens.zekerVeilig`
/// (issue 18: the 90 MB of `rode-draden --json` are checked on the bytes, on every core):
/// exactly the characters `OnveiligeTekens.soort` refuses, wherever the parts are cut.
@Suite struct OnveiligeBytesTests {
    static func bevat(_ bytes: [UInt8], stuk: Int = 1 << 20) -> Bool {
        bytes.withUnsafeBytes { OnveiligeTekens.bevat(utf8: $0, stuk: stuk) }
    }

    static func utf8(_ teken: Unicode.Scalar) -> [UInt8] { Array(String(Character(teken)).utf8) }

    /// Every Unicode scalar, between ordinary letters: found exactly when `soort` refuses it.
    @Test func elkTekenZoalsSoortHetZegt() {
        var fout: [UInt32] = []
        for waarde in UInt32(0)...0x10FFFF {
            guard let teken = Unicode.Scalar(waarde) else { continue }
            var bytes: [UInt8] = Array("ab".utf8)
            UTF8.encode(teken) { bytes.append($0) }
            bytes += Array("cd".utf8)
            if Self.bevat(bytes) != (OnveiligeTekens.soort(teken) != nil) { fout.append(waarde) }
        }
        #expect(fout.isEmpty, "\(fout.prefix(20).map { String($0, radix: 16) })")
    }

    /// One of each kind, at every place in a text cut into parts of 1, 3, 7 and 8 bytes (and
    /// one part): found whether it starts, ends or straddles a part's end.
    @Test func overDeGrenzenVanDeDelen() {
        let soorten: [UInt32] = [0x00, 0x1B, 0x7F, 0x80, 0x85, 0x9F, 0x202A, 0x202E, 0x2066, 0x2069,
                                 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF]
        let onschuldig = Array("Zoë – “ok” é😀 a\tb\n€ \u{A0}\u{2028}\u{FDCF}\u{FFFD}\u{1FFFD}".utf8)
        for stuk in [1, 3, 7, 8, 1 << 20] {
            #expect(!Self.bevat(onschuldig + onschuldig, stuk: stuk))
            for waarde in soorten {
                let teken = Self.utf8(Unicode.Scalar(waarde)!)
                for plaats in 0...onschuldig.count where plaats == onschuldig.count || onschuldig[plaats] & 0xC0 != 0x80 {
                    var bytes = onschuldig
                    bytes.insert(contentsOf: teken, at: plaats)
                    #expect(Self.bevat(bytes, stuk: stuk), "U+\(String(waarde, radix: 16)) op \(plaats), stuk \(stuk)")
                }
            }
        }
    }

    /// A big document: the character near a part's end is still escaped; without one the
    /// very same bytes come back.
    @Test func grootJSONDocument() throws {
        let regel = Array("    \"tekst\" : \"Zoë – “ok” é😀 \\\"c\\\" d\\\\e\",\n".utf8)
        var bytes = Array("[\n".utf8)
        while bytes.count < 3 << 20 { bytes += regel }
        bytes += Array("    \"einde\"\n]".utf8)
        let schoon = Data(bytes)
        #expect(Terminaltekst.veilig(json: schoon) == schoon)
        // U+202E across the first part's end (its three bytes at 2^20 - 1): after a line break
        // and spaces, so no other character is cut.
        let grens = (1 << 20) - 1, regelEinde = try #require(bytes[..<grens].lastIndex(of: 0x0A))
        bytes.insert(contentsOf: [UInt8](repeating: 0x20, count: grens - regelEinde - 1) + Self.utf8("\u{202E}"),
                     at: regelEinde + 1)
        let veilig = Terminaltekst.veilig(json: Data(bytes))
        #expect(veilig.count == bytes.count - 3 + 6 && bytes[grens] == 0xE2)
        #expect(String(decoding: veilig, as: UTF8.self).contains("\\u202e"))
        #expect(!OnveiligeTekens.bevat(String(decoding: veilig, as: UTF8.self)))
    }
}
