import Foundation

/// Writes a `Codable` value in `CompactFormat`. The value is first built as a small tree
/// (keyed containers may be filled after their parent went on), then written once.
public struct CompactEncoder {
    public init() {}

    public func encode<T: Encodable>(_ waarde: T) throws -> Data {
        let encoder = CompactEncoding()
        try waarde.encode(to: encoder)
        var uit: [UInt8] = [CompactFormat.version]
        uit.reserveCapacity(1024)
        (encoder.knoop ?? .null).schrijf(&uit)
        return Data(uit)
    }
}

/// One encoded value; containers are classes because Codable fills them after handing
/// them out.
indirect enum CompactKnoop {
    case null, bool(Bool), int(Int64), uint(UInt64), double(Double), string(String)
    case array(CompactLijst), object(CompactObject)

    func schrijf(_ uit: inout [UInt8]) {
        switch self {
        case .null: uit.append(CompactFormat.Tag.null.rawValue)
        case .bool(let b): uit.append((b ? CompactFormat.Tag.waar : .onwaar).rawValue)
        case .int(let n): uit.append(CompactFormat.Tag.int.rawValue); Self.varint(CompactFormat.zigzag(n), &uit)
        case .uint(let n): uit.append(CompactFormat.Tag.uint.rawValue); Self.varint(n, &uit)
        case .double(let d):
            uit.append(CompactFormat.Tag.double.rawValue)
            withUnsafeBytes(of: d.bitPattern.littleEndian) { uit.append(contentsOf: $0) }
        case .string(let s): uit.append(CompactFormat.Tag.string.rawValue); Self.tekst(s, &uit)
        case .array(let lijst):
            Self.container(.array, aantal: lijst.waarden.count, &uit) { uit in
                for waarde in lijst.waarden { waarde.schrijf(&uit) }
            }
        case .object(let object):
            Self.container(.object, aantal: object.velden.count, &uit) { uit in
                for (sleutel, waarde) in object.velden { Self.tekst(sleutel, &uit); waarde.schrijf(&uit) }
            }
        }
    }

    private static func container(_ tag: CompactFormat.Tag, aantal: Int, _ uit: inout [UInt8],
                                  inhoud: (inout [UInt8]) -> Void) {
        uit.append(tag.rawValue)
        varint(UInt64(aantal), &uit)
        let plek = uit.count
        uit.append(contentsOf: [0, 0, 0, 0])
        inhoud(&uit)
        let lengte = UInt32(truncatingIfNeeded: uit.count - plek - 4)
        for i in 0..<4 { uit[plek + i] = UInt8(truncatingIfNeeded: lengte >> (8 * UInt32(i))) }
    }

    private static func tekst(_ s: String, _ uit: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in varint(UInt64(bytes.count), &uit); uit.append(contentsOf: bytes) }
    }

    private static func varint(_ n: UInt64, _ uit: inout [UInt8]) {
        var n = n
        while n >= 0x80 { uit.append(UInt8(truncatingIfNeeded: n) | 0x80); n >>= 7 }
        uit.append(UInt8(n))
    }
}

final class CompactLijst { var waarden: [CompactKnoop] = [] }
final class CompactObject { var velden: [(String, CompactKnoop)] = [] }

/// The `Encoder` handed to `encode(to:)`: whatever container it is asked for becomes its node.
final class CompactEncoding: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    var knoop: CompactKnoop?

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let object) = knoop { return KeyedEncodingContainer(Keyed(object: object)) }
        let object = CompactObject()
        knoop = .object(object)
        return KeyedEncodingContainer(Keyed(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let lijst) = knoop { return Unkeyed(lijst: lijst) }
        let lijst = CompactLijst()
        knoop = .array(lijst)
        return Unkeyed(lijst: lijst)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

    /// An encoder that starts as an (empty) object placed by `plaats`: a super encoder is
    /// used for keyed fields; other use of it is not supported.
    static func `super`(_ plaats: (CompactKnoop) -> Void) -> CompactEncoding {
        let encoder = CompactEncoding()
        let object = CompactObject()
        encoder.knoop = .object(object)
        plaats(.object(object))
        return encoder
    }

    static func knoop<T: Encodable>(_ waarde: T) throws -> CompactKnoop {
        let encoder = CompactEncoding()
        try waarde.encode(to: encoder)
        return encoder.knoop ?? .null
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let object: CompactObject
        var codingPath: [any CodingKey] { [] }

        func zet(_ knoop: CompactKnoop, _ key: Key) { object.velden.append((key.stringValue, knoop)) }
        mutating func encodeNil(forKey key: Key) throws { zet(.null, key) }
        mutating func encode(_ v: Bool, forKey key: Key) throws { zet(.bool(v), key) }
        mutating func encode(_ v: String, forKey key: Key) throws { zet(.string(v), key) }
        mutating func encode(_ v: Double, forKey key: Key) throws { zet(.double(v), key) }
        mutating func encode(_ v: Float, forKey key: Key) throws { zet(.double(Double(v)), key) }
        mutating func encode(_ v: Int, forKey key: Key) throws { zet(.int(Int64(v)), key) }
        mutating func encode(_ v: Int64, forKey key: Key) throws { zet(.int(v), key) }
        mutating func encode(_ v: UInt64, forKey key: Key) throws { zet(.uint(v), key) }
        mutating func encode(_ v: Int8, forKey key: Key) throws { zet(.int(Int64(v)), key) }
        mutating func encode(_ v: Int16, forKey key: Key) throws { zet(.int(Int64(v)), key) }
        mutating func encode(_ v: Int32, forKey key: Key) throws { zet(.int(Int64(v)), key) }
        mutating func encode(_ v: UInt, forKey key: Key) throws { zet(.uint(UInt64(v)), key) }
        mutating func encode(_ v: UInt8, forKey key: Key) throws { zet(.uint(UInt64(v)), key) }
        mutating func encode(_ v: UInt16, forKey key: Key) throws { zet(.uint(UInt64(v)), key) }
        mutating func encode(_ v: UInt32, forKey key: Key) throws { zet(.uint(UInt64(v)), key) }
        mutating func encode<T: Encodable>(_ v: T, forKey key: Key) throws { zet(try CompactEncoding.knoop(v), key) }

        mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
            let genest = CompactObject()
            zet(.object(genest), key)
            return KeyedEncodingContainer(Keyed<N>(object: genest))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let genest = CompactLijst()
            zet(.array(genest), key)
            return Unkeyed(lijst: genest)
        }

        // What class inheritance uses: the parent's keyed fields, one level down, under
        // "super" (by name: `Key` may have no such case).
        mutating func superEncoder() -> any Encoder { CompactEncoding.super { object.velden.append(("super", $0)) } }
        mutating func superEncoder(forKey key: Key) -> any Encoder { CompactEncoding.super { zet($0, key) } }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let lijst: CompactLijst
        var codingPath: [any CodingKey] { [] }
        var count: Int { lijst.waarden.count }

        mutating func encodeNil() throws { lijst.waarden.append(.null) }
        mutating func encode(_ v: Bool) throws { lijst.waarden.append(.bool(v)) }
        mutating func encode(_ v: String) throws { lijst.waarden.append(.string(v)) }
        mutating func encode(_ v: Double) throws { lijst.waarden.append(.double(v)) }
        mutating func encode(_ v: Int) throws { lijst.waarden.append(.int(Int64(v))) }
        mutating func encode(_ v: Int64) throws { lijst.waarden.append(.int(v)) }
        mutating func encode(_ v: UInt64) throws { lijst.waarden.append(.uint(v)) }
        mutating func encode(_ v: Float) throws { lijst.waarden.append(.double(Double(v))) }
        mutating func encode(_ v: Int8) throws { lijst.waarden.append(.int(Int64(v))) }
        mutating func encode(_ v: Int16) throws { lijst.waarden.append(.int(Int64(v))) }
        mutating func encode(_ v: Int32) throws { lijst.waarden.append(.int(Int64(v))) }
        mutating func encode(_ v: UInt) throws { lijst.waarden.append(.uint(UInt64(v))) }
        mutating func encode(_ v: UInt8) throws { lijst.waarden.append(.uint(UInt64(v))) }
        mutating func encode(_ v: UInt16) throws { lijst.waarden.append(.uint(UInt64(v))) }
        mutating func encode(_ v: UInt32) throws { lijst.waarden.append(.uint(UInt64(v))) }
        mutating func encode<T: Encodable>(_ v: T) throws { lijst.waarden.append(try CompactEncoding.knoop(v)) }

        mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) -> KeyedEncodingContainer<N> {
            let genest = CompactObject()
            lijst.waarden.append(.object(genest))
            return KeyedEncodingContainer(Keyed<N>(object: genest))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let genest = CompactLijst()
            lijst.waarden.append(.array(genest))
            return Unkeyed(lijst: genest)
        }

        mutating func superEncoder() -> any Encoder { CompactEncoding.super { lijst.waarden.append($0) } }
    }

    struct Single: SingleValueEncodingContainer {
        let encoder: CompactEncoding
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { encoder.knoop = .null }
        mutating func encode(_ v: Bool) throws { encoder.knoop = .bool(v) }
        mutating func encode(_ v: String) throws { encoder.knoop = .string(v) }
        mutating func encode(_ v: Double) throws { encoder.knoop = .double(v) }
        mutating func encode(_ v: Float) throws { encoder.knoop = .double(Double(v)) }
        mutating func encode(_ v: Int) throws { encoder.knoop = .int(Int64(v)) }
        mutating func encode(_ v: Int64) throws { encoder.knoop = .int(v) }
        mutating func encode(_ v: UInt64) throws { encoder.knoop = .uint(v) }
        mutating func encode(_ v: Int8) throws { encoder.knoop = .int(Int64(v)) }
        mutating func encode(_ v: Int16) throws { encoder.knoop = .int(Int64(v)) }
        mutating func encode(_ v: Int32) throws { encoder.knoop = .int(Int64(v)) }
        mutating func encode(_ v: UInt) throws { encoder.knoop = .uint(UInt64(v)) }
        mutating func encode(_ v: UInt8) throws { encoder.knoop = .uint(UInt64(v)) }
        mutating func encode(_ v: UInt16) throws { encoder.knoop = .uint(UInt64(v)) }
        mutating func encode(_ v: UInt32) throws { encoder.knoop = .uint(UInt64(v)) }
        mutating func encode<T: Encodable>(_ v: T) throws { encoder.knoop = try CompactEncoding.knoop(v) }
    }
}
