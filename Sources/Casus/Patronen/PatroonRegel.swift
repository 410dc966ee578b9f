/// One pattern of patronen.md: a type in its own file that looks at the merged casus
/// and returns its findings. Adding a rule means adding one such type and listing it
/// in `Patronen.regels`; no other rule changes.
public protocol PatroonRegel: Sendable {
    /// The spec's id, e.g. `opeenvolgende-hulp`; also the key in `patronen.yaml`.
    static var id: String { get }
    /// The spec's Dutch title.
    static var titel: String { get }
    /// The chapter of the Twente analyses the pattern illustrates (the rode-draden report's order).
    static var thema: Thema { get }
    /// The thresholds of the spec's table, with their defaults, in the spec's order.
    static var drempels: [Drempel] { get }

    /// Findings in chronological order; each carries the ids of the items that show it.
    func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding]
}

extension PatroonRegel {
    /// A finding of this rule.
    func bevinding(_ uitleg: String, bewijs: [String]) -> Bevinding {
        Bevinding(patroon: Self.id, titel: Self.titel, uitleg: uitleg, bewijs: bewijs)
    }
}

/// An adjustable threshold of one pattern: its key in `patronen.yaml` and its default.
public struct Drempel: Sendable, Hashable {
    public let patroon: String
    public let sleutel: String
    public let standaard: Int
    /// Below this the rule stops meaning anything (a "chain" of one interventie).
    public let minimum: Int
    /// What the number means, in Dutch, for the workbench and error hints.
    public let uitleg: String

    public init(patroon: String, sleutel: String, standaard: Int, minimum: Int = 0,
                uitleg: String) {
        self.patroon = patroon
        self.sleutel = sleutel
        self.standaard = standaard
        self.minimum = minimum
        self.uitleg = uitleg
    }
}
