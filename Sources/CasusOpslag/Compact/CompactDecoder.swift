import Foundation

/// Reads a value written by `CompactEncoder`. Bad bytes throw `CompactFormat.Onleesbaar`.
public struct CompactDecoder {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try data.withUnsafeBytes { bytes in
            guard bytes.first == CompactFormat.version else {
                throw CompactFormat.Onleesbaar(reden: "onbekende versie van de opslagvorm")
            }
            return try T(from: CompactDecoding(CompactLezer(bytes: bytes), plek: 1))
        }
    }
}

/// The `Decoder` for the value at `plek`; it only lives during `decode` (the bytes are
/// borrowed).
final class CompactDecoding: Decoder {
    let lezer: CompactLezer
    let plek: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ lezer: CompactLezer, plek: Int) {
        self.lezer = lezer
        self.plek = plek
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try Keyed<Key>(lezer, plek: plek))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try Unkeyed(lezer, plek: plek) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(lezer: lezer, plek: plek) }

    static func waarde<T: Decodable>(_ type: T.Type, _ lezer: CompactLezer, _ plek: Int) throws -> T {
        switch type {
        case is String.Type: return try lezer.string(plek) as! T
        case is Int.Type: return try lezer.geheel(plek, als: Int.self) as! T
        case is Bool.Type: return try lezer.bool(plek) as! T
        default: return try T(from: CompactDecoding(lezer, plek: plek))
        }
    }

    /// Keyed fields are read in the order they were written almost always, so each lookup
    /// starts after the last field found; a miss walks the object once.
    final class Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let lezer: CompactLezer
        let aantal: Int, begin: Int, einde: Int
        private var volgende: Int
        var codingPath: [any CodingKey] { [] }

        init(_ lezer: CompactLezer, plek: Int) throws {
            guard try lezer.tag(plek) == .object else { throw lezer.fout("geen object op \(plek)") }
            self.lezer = lezer
            (aantal, begin, einde) = try lezer.container(plek)
            volgende = begin
        }

        /// The offset of the value stored under `key`, or nil.
        func zoek(_ key: Key) throws -> Int? { try zoek(naam: key.stringValue) }

        func zoek(naam: String) throws -> Int? {
            var naam = naam
            return try naam.withUTF8 { gezocht -> Int? in
                var p = volgende
                for _ in 0..<aantal {
                    if p >= einde { p = begin }
                    var q = p
                    let sleutel = try lezer.tekstBytes(&q)
                    let na = try lezer.na(q)
                    if sleutel.count == gezocht.count,
                       sleutel.count == 0 || memcmp(sleutel.baseAddress!, gezocht.baseAddress!, sleutel.count) == 0 {
                        volgende = na
                        return q
                    }
                    p = na
                }
                return nil
            }
        }

        func plek(_ key: Key) throws -> Int {
            guard let plek = try zoek(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "ontbreekt"))
            }
            return plek
        }

        var allKeys: [Key] {
            var sleutels: [Key] = []
            var p = begin
            for _ in 0..<aantal {
                guard let naam = try? lezer.tekst(&p), let na = try? lezer.na(p) else { break }
                if let sleutel = Key(stringValue: naam) { sleutels.append(sleutel) }
                p = na
            }
            return sleutels
        }

        func contains(_ key: Key) -> Bool { (try? zoek(key)) != nil }

        func decodeNil(forKey key: Key) throws -> Bool { try lezer.isNull(try plek(key)) }

        func decode(_ type: String.Type, forKey key: Key) throws -> String { try lezer.string(try plek(key)) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try lezer.bool(try plek(key)) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try lezer.geheel(try plek(key), als: Int.self) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try lezer.double(try plek(key)) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try lezer.double(try plek(key))) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try lezer.geheel(try plek(key), als: type) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try lezer.geheel(try plek(key), als: type) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try lezer.geheel(try plek(key), als: type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try lezer.geheel(try plek(key), als: type) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try lezer.geheel(try plek(key), als: type) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try lezer.geheel(try plek(key), als: type) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try lezer.geheel(try plek(key), als: type) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try lezer.geheel(try plek(key), als: type) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try lezer.geheel(try plek(key), als: type) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try CompactDecoding.waarde(type, lezer, try plek(key))
        }

        // One lookup for an optional field (the defaults look it up three times).
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let plek = try zoek(key), try !lezer.isNull(plek) else { return nil }
            return try CompactDecoding.waarde(type, lezer, plek)
        }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            guard let plek = try zoek(key), try !lezer.isNull(plek) else { return nil }
            return try lezer.string(plek)
        }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            guard let plek = try zoek(key), try !lezer.isNull(plek) else { return nil }
            return try lezer.geheel(plek, als: Int.self)
        }

        func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) throws -> KeyedDecodingContainer<N> {
            KeyedDecodingContainer(try Keyed<N>(lezer, plek: try plek(key)))
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try Unkeyed(lezer, plek: try plek(key))
        }
        func superDecoder() throws -> any Decoder {
            guard let plek = try zoek(naam: "super") else { return CompactDecoding(lezer, plek: -1) }
            return CompactDecoding(lezer, plek: plek)
        }
        func superDecoder(forKey key: Key) throws -> any Decoder { CompactDecoding(lezer, plek: try plek(key)) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let lezer: CompactLezer
        let aantal: Int, einde: Int
        private var plek: Int
        private(set) var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var count: Int? { aantal }
        var isAtEnd: Bool { currentIndex >= aantal }

        init(_ lezer: CompactLezer, plek: Int) throws {
            guard try lezer.tag(plek) == .array else { throw lezer.fout("geen lijst op \(plek)") }
            self.lezer = lezer
            let kop = try lezer.container(plek)
            (aantal, self.plek, einde) = (kop.aantal, kop.begin, kop.einde)
        }

        /// The next element's offset; moves past it.
        private mutating func volgende() throws -> Int {
            guard !isAtEnd, plek < einde else { throw lezer.fout("lijst is op") }
            let hier = plek
            plek = try lezer.na(hier)
            currentIndex += 1
            return hier
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, plek < einde, try lezer.isNull(plek) else { return false }
            _ = try volgende()
            return true
        }

        mutating func decode(_ type: String.Type) throws -> String { try lezer.string(try volgende()) }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try lezer.bool(try volgende()) }
        mutating func decode(_ type: Double.Type) throws -> Double { try lezer.double(try volgende()) }
        mutating func decode(_ type: Float.Type) throws -> Float { Float(try lezer.double(try volgende())) }
        mutating func decode(_ type: Int.Type) throws -> Int { try lezer.geheel(try volgende(), als: type) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try lezer.geheel(try volgende(), als: type) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try lezer.geheel(try volgende(), als: type) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try lezer.geheel(try volgende(), als: type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try lezer.geheel(try volgende(), als: type) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try lezer.geheel(try volgende(), als: type) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try lezer.geheel(try volgende(), als: type) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try lezer.geheel(try volgende(), als: type) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try lezer.geheel(try volgende(), als: type) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try lezer.geheel(try volgende(), als: type) }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try CompactDecoding.waarde(type, lezer, try volgende())
        }

        mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) throws -> KeyedDecodingContainer<N> {
            KeyedDecodingContainer(try Keyed<N>(lezer, plek: try volgende()))
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try Unkeyed(lezer, plek: try volgende())
        }
        mutating func superDecoder() throws -> any Decoder { CompactDecoding(lezer, plek: try volgende()) }
    }

    struct Single: SingleValueDecodingContainer {
        let lezer: CompactLezer
        let plek: Int
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool { (try? lezer.isNull(plek)) ?? false }
        func decode(_ type: String.Type) throws -> String { try lezer.string(plek) }
        func decode(_ type: Bool.Type) throws -> Bool { try lezer.bool(plek) }
        func decode(_ type: Double.Type) throws -> Double { try lezer.double(plek) }
        func decode(_ type: Float.Type) throws -> Float { Float(try lezer.double(plek)) }
        func decode(_ type: Int.Type) throws -> Int { try lezer.geheel(plek, als: type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try lezer.geheel(plek, als: type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try lezer.geheel(plek, als: type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try lezer.geheel(plek, als: type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try lezer.geheel(plek, als: type) }
        func decode(_ type: UInt.Type) throws -> UInt { try lezer.geheel(plek, als: type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try lezer.geheel(plek, als: type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try lezer.geheel(plek, als: type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try lezer.geheel(plek, als: type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try lezer.geheel(plek, als: type) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try CompactDecoding.waarde(type, lezer, plek) }
    }
}
