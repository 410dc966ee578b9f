import Foundation
import GRDB
import PropertyBased
import Testing
@testable import Casus
@testable import CasusOpslag

/// Issue 18: the compact binary form of the stored shares gives back exactly what was
/// written, for every shape Codable produces, and bad bytes are an error, never a trap.
@Suite struct CompactCoderingTests {
    enum Vorm: Codable, Hashable {
        case leeg
        case punt(x: Int, y: Int)
        case naam(String, Double?)
    }

    enum Soort: String, Codable, Hashable { case smiley, sadney }

    struct Binnen: Codable, Hashable {
        var tekst: String
        var getal: Int?
        var lijst: [Int]
    }

    struct Alles: Codable, Hashable {
        var tekst: String
        var leeg: String
        var ja: Bool
        var nee: Bool
        var klein: Int8
        var groot: Int64
        var positief: UInt64
        var kommagetal: Double
        var float: Float
        var nietGezet: String?
        var wel: String?
        var soort: Soort
        var vormen: [Vorm]
        var perNaam: [String: Binnen]
        var perGetal: [Int: String]
        var genest: [[String]]
        var dubbelOptioneel: Int??
        var binnen: Binnen?
        var data: Data
        var datum: Date
    }

    static let voorbeeld = Alles(
        tekst: "Kind 1 — \"Sanne\" é ë 🙂 \\ / \u{0} \n", leeg: "", ja: true, nee: false, klein: -128,
        groot: .min, positief: .max, kommagetal: -0.0, float: 1.5, nietGezet: nil, wel: "er",
        soort: .sadney, vormen: [.leeg, .punt(x: -1, y: Int.max), .naam("ï", nil), .naam("", 2.25)],
        perNaam: ["a": Binnen(tekst: "x", getal: nil, lijst: []), "": Binnen(tekst: "", getal: 0, lijst: [1, -1])],
        perGetal: [3: "drie", -7: "min zeven"], genest: [[], ["a"], ["b", "c"]], dubbelOptioneel: .some(4),
        binnen: nil, data: Data([0, 255, 7]), datum: Date(timeIntervalSince1970: 1_700_000_000.25))

    @Test func elkeVormKomtTerugZoalsHijGeschrevenWerd() throws {
        let bytes = try CompactEncoder().encode(Self.voorbeeld)
        #expect(try CompactDecoder().decode(Alles.self, from: bytes) == Self.voorbeeld)
    }

    @Test func bijzondereGetallenBlijvenBitVoorBit() throws {
        for d in [Double.infinity, -.infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -0.0] {
            let terug = try CompactDecoder().decode([Double].self, from: CompactEncoder().encode([d]))
            #expect(terug.map(\.bitPattern) == [d.bitPattern])
        }
        let grenzen: [Int64] = [.min, -1, 0, 1, 63, 64, 127, 128, .max]
        #expect(try CompactDecoder().decode([Int64].self, from: CompactEncoder().encode(grenzen)) == grenzen)
    }

    @Test func willekeurigeWaardenKomenTerug() async {
        let tekst = Gen.unicodeScalar(in: "\u{0}"..."\u{D7FF}").array(of: 0...20)
            .map { String(String.UnicodeScalarView($0)) }
        await propertyCheck(count: 200, input: tekst.array(of: 0...8), Gen.int(in: Int.min...Int.max).array(of: 0...8),
                            Gen.bool) { teksten, getallen, keuze in
            let waarde = Binnen(tekst: teksten.joined(separator: "|"), getal: keuze ? getallen.first : nil, lijst: getallen)
            let perNaam = Dictionary(teksten.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
            #expect((try? CompactDecoder().decode(Binnen.self, from: CompactEncoder().encode(waarde))) == waarde)
            #expect((try? CompactDecoder().decode([String: Int].self, from: CompactEncoder().encode(perNaam))) == perNaam)
        }
    }

    @Test func eenAfgekapteWaardeIsEenFout() throws {
        let bytes = try CompactEncoder().encode(Self.voorbeeld)
        for lengte in 0..<bytes.count {
            #expect(throws: (any Error).self, "afgekapt op \(lengte)") {
                try CompactDecoder().decode(Alles.self, from: bytes.prefix(lengte))
            }
        }
    }

    /// Every single changed byte: an error or some value, never a trap or a hang.
    @Test func veranderdeBytesGevenEenFoutNooitEenVal() throws {
        let bytes = [UInt8](try CompactEncoder().encode(Self.voorbeeld))
        var fouten = 0
        for plek in bytes.indices {
            for nieuw: UInt8 in [0, 1, 7, 8, 0x7F, 0x80, 0xFF] where nieuw != bytes[plek] {
                var kapot = bytes
                kapot[plek] = nieuw
                if (try? CompactDecoder().decode(Alles.self, from: Data(kapot))) == nil { fouten += 1 }
            }
        }
        #expect(fouten > bytes.count)
    }

    class Ouder: Codable { var a = 1 }

    /// Class inheritance through `superEncoder()`, with a key type that has no `super` case.
    final class Kind: Ouder {
        var b = "twee"
        enum Sleutels: String, CodingKey { case b }
        override init() { super.init() }
        required init(from decoder: any Decoder) throws {
            b = try decoder.container(keyedBy: Sleutels.self).decode(String.self, forKey: .b)
            try super.init(from: decoder.container(keyedBy: Sleutels.self).superDecoder())
        }
        override func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Sleutels.self)
            try c.encode(b, forKey: .b)
            try super.encode(to: c.superEncoder())
        }
    }

    @Test func eenSuperklasseKomtTerugOnderSuper() throws {
        let kind = Kind()
        kind.a = 7
        kind.b = "acht"
        let terug = try CompactDecoder().decode(Kind.self, from: CompactEncoder().encode(kind))
        #expect(terug.a == 7 && terug.b == "acht")
    }

    @Test func eenAndereVersieWordtNietGelezen() throws {
        var bytes = try CompactEncoder().encode(Self.voorbeeld)
        bytes[0] = CompactFormat.version + 1
        #expect(throws: CompactFormat.Onleesbaar.self) { try CompactDecoder().decode(Alles.self, from: bytes) }
        #expect(throws: CompactFormat.Onleesbaar.self) { try CompactDecoder().decode(Alles.self, from: Data()) }
    }

    @Test func eenOntbrekendVeldIsEenFout() throws {
        struct Minder: Codable { var tekst: String }
        let bytes = try CompactEncoder().encode(Minder(tekst: "x"))
        #expect(throws: DecodingError.self) { try CompactDecoder().decode(Binnen.self, from: bytes) }
    }

    /// Migration 010 drops the JSON shares of 008; every share is made again on next use.
    @Test func eenWerkbankMetJSONBijdragenKrijgtDeBinaireVorm() throws {
        let map = TijdelijkeMap()
        let pad = map.bestand("wb.sqlite")
        _ = FileManager.default.createFile(atPath: pad, contents: nil)
        let queue = try DatabaseQueue(path: pad)
        let tot009 = Array(Migraties.alle.prefix { $0.naam != "010-bijdragen-binair" })
        try queue.inTransaction(.immediate) { db in
            try Migraties.breng(db, pad: pad, migraties: tot009)
            try db.execute(sql: "INSERT INTO casus (id, aangemaakt_op) VALUES ('oud', 'toen')")
            try db.execute(sql: "INSERT INTO bewaarde_bijdrage (casus, variant, sleutel, inhoud) VALUES ('oud', 'v', 's', '{}')")
            return .commit
        }
        try queue.close()
        let wb = try Werkbank.open(pad: pad)
        #expect(try wb.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM bewaarde_bijdrage") } == 0)
        #expect(try wb.pool.read { try String.fetchOne($0, sql: "SELECT naam FROM casus_migratie ORDER BY naam DESC") }
                == "010-bijdragen-binair")
    }
}
