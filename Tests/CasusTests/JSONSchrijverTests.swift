import Foundation
import PropertyBased
import Testing
@testable import Casus

/// `JSONSchrijver` writes the bytes `JSONEncoder` ([.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]) writes, for any value; what it leaves to JSONEncoder still
/// comes out the same (issue 18, the output of `rode-draden --json`).
@Suite struct JSONSchrijverTests {
    /// A random JSON-like value; objects keep their keys in the (unsorted) order given.
    indirect enum Boom: Encodable {
        case tekst(String), geheel(Int), klein(Int8), groot(UInt64), getal(Double), kort(Float), waar(Bool), niets
        case lijst([Boom]), object([(String, Boom)]), woordenboek([String: Boom]), misschien(String?)

        struct Sleutel: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .tekst(let t): try t.encode(to: encoder)
            case .geheel(let g): try g.encode(to: encoder)
            case .klein(let g): try g.encode(to: encoder)
            case .groot(let g): try g.encode(to: encoder)
            case .getal(let g): try g.encode(to: encoder)
            case .kort(let g): try g.encode(to: encoder)
            case .waar(let w): try w.encode(to: encoder)
            case .niets: var c = encoder.singleValueContainer(); try c.encodeNil()
            case .lijst(let l): try l.encode(to: encoder)
            case .woordenboek(let w): try w.encode(to: encoder)
            case .misschien(let m): try m.encode(to: encoder)
            case .object(let leden):
                var c = encoder.container(keyedBy: Sleutel.self)
                for (sleutel, waarde) in leden {
                    switch waarde {
                    case .niets: try c.encodeNil(forKey: Sleutel(stringValue: sleutel))
                    case .tekst(let t): try c.encode(t, forKey: Sleutel(stringValue: sleutel))
                    case .geheel(let g): try c.encode(g, forKey: Sleutel(stringValue: sleutel))
                    case .misschien(let m): try c.encodeIfPresent(m, forKey: Sleutel(stringValue: sleutel))
                    default: try c.encode(waarde, forKey: Sleutel(stringValue: sleutel))
                    }
                }
            }
        }
    }

    /// Characters that JSON escapes or that differ between byte and character order.
    static let tekens: [String] = ["a", "b", "Z", "_", "-", "1", "9", " ", "/", "\"", "\\", "\n", "\t", "\r", "\u{8}",
                                   "\u{C}", "\u{0}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "é", "ë", "e\u{301}", "😀",
                                   "\u{202E}", "\u{2028}", "\u{FFFE}", "ß", "€"]

    static func tekst(_ rng: inout SplitMix64, lang: ClosedRange<Int> = 0...8) -> String {
        (0..<rng.getal(lang)).map { _ in rng.kies(tekens) }.joined()
    }

    static func getal(_ rng: inout SplitMix64) -> Double {
        switch rng.getal(0...4) {
        case 0: return Double(rng.getal(-1000...1000))
        case 1: return Double(rng.getal(-1000...1000)) / 2
        case 2: return [0.1, -0.0, 1e20, 1e-7, 1e16, 1e15, 123456789.25, .greatestFiniteMagnitude, .leastNonzeroMagnitude][rng.getal(0...8)]
        default:
            let d = Double(bitPattern: rng.next())
            return d.isFinite ? d : 0.5
        }
    }

    static func boom(_ rng: inout SplitMix64, diepte: Int) -> Boom {
        switch rng.getal(0...(diepte > 3 ? 8 : 12)) {
        case 0, 1: return .tekst(tekst(&rng))
        case 2: return .geheel(rng.kans(0.1) ? [Int.min, Int.max][rng.getal(0...1)] : rng.getal(-99999...99999))
        case 3: return rng.kans(0.5) ? .klein(Int8(truncatingIfNeeded: rng.next())) : .groot(rng.next())
        case 4: return rng.kans(0.8) ? .getal(getal(&rng)) : .kort(Float(rng.getal(-50...50)) / 4)
        case 5: return .waar(rng.kans(0.5))
        case 6: return rng.kans(0.5) ? .niets : .misschien(rng.kans(0.5) ? nil : tekst(&rng))
        case 7, 8: return .tekst(tekst(&rng, lang: 10...40))
        case 9, 10:
            var gezien = Set<String>()
            let leden: [(String, Boom)] = (0..<rng.getal(0...7)).compactMap { _ in
                let sleutel = tekst(&rng, lang: 0...4)
                guard gezien.insert(sleutel).inserted else { return nil }
                return (sleutel, boom(&rng, diepte: diepte + 1))
            }
            return .object(leden)
        case 11: return .lijst((0..<rng.getal(0...6)).map { _ in boom(&rng, diepte: diepte + 1) })
        default:
            let paren = (0..<rng.getal(0...5)).map { _ in (tekst(&rng, lang: 1...5), boom(&rng, diepte: diepte + 1)) }
            return .woordenboek(Dictionary(paren, uniquingKeysWith: { a, _ in a }))
        }
    }

    static func encoder(_ waarde: some Encodable) -> Data {
        (try? JSONDelen.encoder().encode(waarde)) ?? Data()
    }

    static func ingesprongen(_ bytes: Data, _ niveaus: Int) -> Data {
        var uit: [UInt8] = []
        JSONDelen.voegIngesprongenToe(bytes, aan: &uit, niveaus: niveaus)
        return Data(uit)
    }

    /// Any value, at any depth: the writer's own bytes, never a fallback, equal to JSONEncoder's.
    @Test func willekeurigeWaardenGelijkAanJSONEncoder() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...Int.max)) { zaad in
            var rng = SplitMix64(zaad: UInt64(zaad))
            let waarde = Self.boom(&rng, diepte: 0)
            let verwacht = Self.encoder(waarde)
            #expect(!verwacht.isEmpty)
            let niveaus = rng.getal(0...3)
            #expect(JSONSchrijver.probeer(waarde, diepte: niveaus) == Self.ingesprongen(verwacht, niveaus), "zaad \(zaad)")
            let lijst = (0..<rng.getal(1...5)).map { _ in Self.boom(&rng, diepte: 1) }
            var binnen = Self.ingesprongen(Self.encoder(lijst).dropFirst(2).dropLast(2), niveaus)
            if niveaus > 0 { binnen = Data(repeating: 0x20, count: 2 * niveaus) + binnen }
            #expect(JSONSchrijver.probeerElementen(lijst[...], diepte: niveaus) == binnen, "zaad \(zaad)")
        }
    }

    /// Keys sort by their UTF-8 bytes, as JSONEncoder sorts them: case, `_`, digits, accents.
    @Test func sleutelsInBytevolgorde() {
        let sleutels = ["b", "a_b", "aB", "a10", "a9", "A", "é", "e\u{301}b", "f", "\u{FF00}", "😀", "", "ab"]
        let waarde = Boom.object(sleutels.enumerated().map { ($1, .geheel($0)) })
        #expect(JSONSchrijver.probeer(waarde) == Self.encoder(waarde))
    }

    /// Data, dates, URLs, nested containers and a key written twice are JSONEncoder's own
    /// business: the writer hands them over and the bytes are still JSONEncoder's.
    @Test func watHijNietKentLaatHijAanJSONEncoder() {
        struct Genest: Encodable {
            enum K: String, CodingKey { case a, b }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: K.self)
                var binnen = c.nestedContainer(keyedBy: K.self, forKey: .b)
                try binnen.encode(1, forKey: .a)
                try c.encode("x", forKey: .a)
            }
        }
        struct Dubbel: Encodable {
            enum K: String, CodingKey { case a }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: K.self)
                try c.encode(1, forKey: .a)
                try c.encode(2, forKey: .a)
            }
        }
        struct Vreemd: Encodable {
            var data = Data([1, 2, 250]), datum = Date(timeIntervalSince1970: 1e9), url = URL(string: "https://x.nl/a b")
        }
        #expect(JSONSchrijver.probeer(Genest()) == nil)
        #expect(JSONSchrijver.json(Genest()) == Self.encoder(Genest()))
        #expect(JSONSchrijver.probeer(Dubbel()) == nil)
        #expect(JSONSchrijver.json(Dubbel()) == Self.encoder(Dubbel()))
        #expect(JSONSchrijver.probeer(Vreemd()) == nil)
        #expect(JSONSchrijver.json([Vreemd()], diepte: 2) == Self.ingesprongen(Self.encoder([Vreemd()]), 2))
        #expect(JSONSchrijver.elementen([Vreemd(), Vreemd()][...], diepte: 1)
            == Self.encoder([[Vreemd(), Vreemd()]]).dropFirst(6).dropLast(6))
        let zelfdeSleutel = Boom.object([("é", .geheel(1)), ("e\u{301}", .geheel(2))])
        #expect(JSONSchrijver.probeer(zelfdeSleutel) == nil)
        #expect(JSONSchrijver.json(zelfdeSleutel) == Self.encoder(zelfdeSleutel))
        #expect(JSONSchrijver.probeer(Double.nan) == nil && JSONSchrijver.json([Double.infinity]).isEmpty)
    }
}
