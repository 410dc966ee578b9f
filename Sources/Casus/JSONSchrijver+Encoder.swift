import Foundation

/// The writer as an `Encoder` (one per document, never shared between threads): a value opens
/// one container in the innermost layer; its members and elements each go on their own line,
/// one level deeper. The state is behind a pointer (`JSONBytes`).
final class Schrijver: Encoder {
    let t: UnsafeMutablePointer<JSONBytes>
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init() {
        t = .allocate(capacity: 1)
        t.initialize(to: JSONBytes())
    }

    deinit {
        t.pointee.vrij()
        t.deinitialize(count: 1)
        t.deallocate()
    }

    /// The common values directly; anything else opens a layer for its own `encode(to:)`.
    func waarde<T: Encodable>(_ w: T, diepte: Int) throws {
        if T.self == String.self { return t.pointee.tekst(unsafeBitCast(w, to: String.self)) }
        if T.self == Int.self { return t.pointee.geheel(unsafeBitCast(w, to: Int.self)) }
        if T.self == Bool.self { return t.pointee.schrijf(unsafeBitCast(w, to: Bool.self) ? "true" : "false") }
        if T.self == Double.self { return try t.pointee.getal(unsafeBitCast(w, to: Double.self)) }
        // JSONEncoder writes these its own way.
        if T.self == Data.self || T.self == Date.self || T.self == URL.self || T.self == Decimal.self {
            throw NietOndersteund()
        }
        t.pointee.lagen.append(JSONBytes.Laag(diepte: diepte))
        try w.encode(to: self)
        try t.pointee.sluit()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let i = t.pointee.lagen.count - 1
        switch t.pointee.lagen[i].soort {
        case .leeg:
            t.pointee.lagen[i].soort = .object
            t.pointee.lagen[i].basis = t.pointee.sleutels.count
            t.pointee.schrijf(0x7B)
        case .object: break
        default: t.pointee.mislukt = true
        }
        return KeyedEncodingContainer(ObjectHouder<Key>(s: self, laag: i))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let i = t.pointee.lagen.count - 1
        if t.pointee.lagen[i].soort == .leeg {
            t.pointee.lagen[i].soort = .lijst
            t.pointee.schrijf(0x5B)
        } else { t.pointee.mislukt = true }
        return LijstHouder(s: self, laag: i)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        let i = t.pointee.lagen.count - 1
        if t.pointee.lagen[i].soort == .leeg { t.pointee.lagen[i].soort = .enkel } else { t.pointee.mislukt = true }
        return EnkelHouder(s: self, laag: i)
    }

    /// Nested containers and super encoders: left to JSONEncoder.
    func nietOndersteund() -> Schrijver {
        t.pointee.mislukt = true
        return self
    }
}

extension JSONBytes {
    /// Starts a member of the object in layer `i`; returns its value's depth.
    mutating func lid(_ sleutel: String, laag i: Int) throws -> Int {
        guard i == lagen.count - 1, lagen[i].soort == .object else { throw NietOndersteund() }
        if lagen[i].aantal > 0 { schrijf(0x2C) }
        lagen[i].aantal += 1
        begin.append(n)
        sleutels.append(sleutel)
        schrijf(0x0A)
        inspringen(lagen[i].diepte + 1)
        tekst(sleutel)
        schrijf(" : ")
        return lagen[i].diepte + 1
    }

    /// Starts an element of the list in layer `i`; returns its depth.
    mutating func element(laag i: Int) throws -> Int {
        guard i == lagen.count - 1, lagen[i].soort == .lijst else { throw NietOndersteund() }
        schrijf(lagen[i].aantal > 0 ? ",\n" : "\n")
        lagen[i].aantal += 1
        inspringen(lagen[i].diepte + 1)
        return lagen[i].diepte + 1
    }

    /// The one value of the single-value layer `i`; returns its depth.
    mutating func enkel(laag i: Int) throws -> Int {
        guard i == lagen.count - 1, lagen[i].soort == .enkel, lagen[i].aantal == 0 else { throw NietOndersteund() }
        lagen[i].aantal = 1
        return lagen[i].diepte
    }
}

struct ObjectHouder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let s: Schrijver
    let laag: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { _ = try s.t.pointee.lid(key.stringValue, laag: laag); s.t.pointee.schrijf("null") }
    mutating func encode(_ v: Bool, forKey key: Key) throws {
        _ = try s.t.pointee.lid(key.stringValue, laag: laag)
        s.t.pointee.schrijf(v ? "true" : "false")
    }
    mutating func encode(_ v: String, forKey key: Key) throws { _ = try s.t.pointee.lid(key.stringValue, laag: laag); s.t.pointee.tekst(v) }
    mutating func encode(_ v: Double, forKey key: Key) throws { _ = try s.t.pointee.lid(key.stringValue, laag: laag); try s.t.pointee.getal(v) }
    mutating func encode(_ v: Float, forKey key: Key) throws { _ = try s.t.pointee.lid(key.stringValue, laag: laag); try s.t.pointee.getal(v) }
    mutating func encode(_ v: Int, forKey key: Key) throws { _ = try s.t.pointee.lid(key.stringValue, laag: laag); s.t.pointee.geheel(v) }
    mutating func encode(_ v: Int8, forKey key: Key) throws { try geheel(v, key) }
    mutating func encode(_ v: Int16, forKey key: Key) throws { try geheel(v, key) }
    mutating func encode(_ v: Int32, forKey key: Key) throws { try geheel(v, key) }
    mutating func encode(_ v: Int64, forKey key: Key) throws { try geheel(v, key) }
    mutating func encode(_ v: UInt, forKey key: Key) throws { try geheel(v, key) }
    mutating func encode(_ v: UInt8, forKey key: Key) throws { try geheel(v, key) }
    mutating func encode(_ v: UInt16, forKey key: Key) throws { try geheel(v, key) }
    mutating func encode(_ v: UInt32, forKey key: Key) throws { try geheel(v, key) }
    mutating func encode(_ v: UInt64, forKey key: Key) throws { try geheel(v, key) }
    mutating func encode<T: Encodable>(_ v: T, forKey key: Key) throws { try encode(v, key) }

    private func geheel<I: FixedWidthInteger>(_ v: I, _ key: Key) throws {
        _ = try s.t.pointee.lid(key.stringValue, laag: laag)
        s.t.pointee.geheel(v)
    }

    private func encode<T: Encodable>(_ v: T, _ key: Key) throws {
        try s.waarde(v, diepte: try s.t.pointee.lid(key.stringValue, laag: laag))
    }

    mutating func nestedContainer<N: CodingKey>(keyedBy: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
        KeyedEncodingContainer(ObjectHouder<N>(s: s.nietOndersteund(), laag: -1))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        LijstHouder(s: s.nietOndersteund(), laag: -1)
    }
    mutating func superEncoder() -> any Encoder { s.nietOndersteund() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { s.nietOndersteund() }
}

/// What a list element and a single value write the same way, once the place is taken (`plaats`).
protocol WaardeHouder {
    var s: Schrijver { get }
    /// Starts the value (a list's next element, or the one single value); returns its depth.
    func plaats() throws -> Int
}

extension WaardeHouder {
    func encodeNil() throws { _ = try plaats(); s.t.pointee.schrijf("null") }
    func encode(_ v: String) throws { _ = try plaats(); s.t.pointee.tekst(v) }
    func encode(_ v: Bool) throws { _ = try plaats(); s.t.pointee.schrijf(v ? "true" : "false") }
    func encode(_ v: Double) throws { _ = try plaats(); try s.t.pointee.getal(v) }
    func encode(_ v: Float) throws { _ = try plaats(); try s.t.pointee.getal(v) }
    func encode(_ v: Int) throws { try geheel(v) }
    func encode(_ v: Int8) throws { try geheel(v) }
    func encode(_ v: Int16) throws { try geheel(v) }
    func encode(_ v: Int32) throws { try geheel(v) }
    func encode(_ v: Int64) throws { try geheel(v) }
    func encode(_ v: UInt) throws { try geheel(v) }
    func encode(_ v: UInt8) throws { try geheel(v) }
    func encode(_ v: UInt16) throws { try geheel(v) }
    func encode(_ v: UInt32) throws { try geheel(v) }
    func encode(_ v: UInt64) throws { try geheel(v) }
    func encode<T: Encodable>(_ v: T) throws { try s.waarde(v, diepte: try plaats()) }
    private func geheel<I: FixedWidthInteger>(_ v: I) throws { _ = try plaats(); s.t.pointee.geheel(v) }
}

struct LijstHouder: UnkeyedEncodingContainer, WaardeHouder {
    let s: Schrijver
    let laag: Int
    var codingPath: [any CodingKey] { [] }
    var count: Int { laag >= 0 && laag < s.t.pointee.lagen.count ? s.t.pointee.lagen[laag].aantal : 0 }

    func plaats() throws -> Int { try s.t.pointee.element(laag: laag) }

    mutating func nestedContainer<N: CodingKey>(keyedBy: N.Type) -> KeyedEncodingContainer<N> {
        KeyedEncodingContainer(ObjectHouder<N>(s: s.nietOndersteund(), laag: -1))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { LijstHouder(s: s.nietOndersteund(), laag: -1) }
    mutating func superEncoder() -> any Encoder { s.nietOndersteund() }
}

struct EnkelHouder: SingleValueEncodingContainer, WaardeHouder {
    let s: Schrijver
    let laag: Int
    var codingPath: [any CodingKey] { [] }

    func plaats() throws -> Int { try s.t.pointee.enkel(laag: laag) }
}
