/// Names the key column of an annotation row (`thema`, `soort`, `kader`).
public protocol RijVeld: Sendable {
    static var naam: String { get }
}

public enum ThemaVeld: RijVeld { public static let naam = "thema" }
public enum SoortVeld: RijVeld { public static let naam = "soort" }
public enum KaderVeld: RijVeld { public static let naam = "kader" }

/// One row of smileys and sadneys, e.g. `{"thema": "processen", "smiley": 2, "sadney": 5}`,
/// with the references behind each number (`smiley_bij`, `sadney_bij`).
public struct AnnotatieRij<Veld: RijVeld>: Sendable, Hashable, Codable {
    public var waarde: String
    public var smiley: Int
    public var sadney: Int
    /// Sum of `aantal` equals `smiley`.
    public var smileyBij: [Verwijzing]
    /// Sum of `aantal` equals `sadney`.
    public var sadneyBij: [Verwijzing]
    /// Theme rows only: the items where the room differed (smileys and sadneys)
    /// and someone chose this theme; nil on other rows.
    public var verdeeldBij: [Verwijzing]?
    public var verdeeld: Int? { verdeeldBij?.count }

    public init(waarde: String, smileyBij: [Verwijzing] = [], sadneyBij: [Verwijzing] = []) {
        self.waarde = waarde
        self.smiley = smileyBij.reduce(0) { $0 + $1.aantal }
        self.sadney = sadneyBij.reduce(0) { $0 + $1.aantal }
        self.smileyBij = smileyBij
        self.sadneyBij = sadneyBij
    }

    private struct Sleutel: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ tekst: String) { stringValue = tekst }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Sleutel.self)
        waarde = try c.decode(String.self, forKey: Sleutel(Veld.naam))
        smiley = try c.decode(Int.self, forKey: Sleutel("smiley"))
        sadney = try c.decode(Int.self, forKey: Sleutel("sadney"))
        smileyBij = try c.decodeIfPresent([Verwijzing].self, forKey: Sleutel("smiley_bij")) ?? []
        sadneyBij = try c.decodeIfPresent([Verwijzing].self, forKey: Sleutel("sadney_bij")) ?? []
        verdeeldBij = try c.decodeIfPresent([Verwijzing].self, forKey: Sleutel("verdeeld_bij"))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Sleutel.self)
        try c.encode(waarde, forKey: Sleutel(Veld.naam))
        try c.encode(smiley, forKey: Sleutel("smiley"))
        try c.encode(sadney, forKey: Sleutel("sadney"))
        try c.encode(smileyBij, forKey: Sleutel("smiley_bij"))
        try c.encode(sadneyBij, forKey: Sleutel("sadney_bij"))
        if let verdeeldBij {
            try c.encode(verdeeldBij.count, forKey: Sleutel("verdeeld"))
            try c.encode(verdeeldBij, forKey: Sleutel("verdeeld_bij"))
        }
    }
}
