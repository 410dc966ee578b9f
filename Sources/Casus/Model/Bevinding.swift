/// A detected pattern (patronen.md): what fired, in Dutch, and the items that show it.
public struct Bevinding: Sendable, Hashable, Codable {
    public var patroon: String
    public var titel: String
    public var uitleg: String
    /// Item ids of the merged timeline; empty only where the spec says so.
    public var bewijs: [String]

    public init(patroon: String, titel: String, uitleg: String, bewijs: [String]) {
        self.patroon = patroon
        self.titel = titel
        self.uitleg = uitleg
        self.bewijs = bewijs
    }
}

/// `patronen.json` / `casus patronen --json`.
public struct PatronenRapport: Sendable, Hashable, Codable {
    public var casus: String
    public var bevindingen: [Bevinding]

    public init(casus: String, bevindingen: [Bevinding]) {
        self.casus = casus
        self.bevindingen = bevindingen
    }
}
