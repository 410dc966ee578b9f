/// One of the eight principles of the vision *rust en welzijn* (seed 002 §1.3,
/// sessie.md). `kort` is what screens and reports show; `tekst` is the seed's.
public struct Principe: Sendable, Hashable {
    public let nummer: Int
    public let kort: String
    public let tekst: String

    /// The one table of the principles, numbered as in the seed.
    public static let alle: [Principe] = [
        Principe(nummer: 1, kort: "van conflict naar rust",
                 tekst: "Van conflict naar bijdragen aan rust en welzijn"),
        Principe(nummer: 2, kort: "twee gezinnen, twee plannen",
                 tekst: "Van 1 ouderpaar naar 2 parallelle gezinssituaties (van 1 plan voor 1 gezin naar 2 plannen voor 2 gezinnen)"),
        Principe(nummer: 3, kort: "systeembelang",
                 tekst: "Van individueel belang naar systeembelang"),
        Principe(nummer: 4, kort: "proactief",
                 tekst: "Van reactief (triggerrespons) naar proactief (gericht op een nieuwe toekomst)"),
        Principe(nummer: 5, kort: "de-escalerend netwerk",
                 tekst: "Van conflict-in-stand-houdend netwerk naar de-escalerend netwerk"),
        Principe(nummer: 6, kort: "volgen én leiden",
                 tekst: "Van volgende óf leidende hulpverlening naar volgen en leiden tegelijkertijd"),
        Principe(nummer: 7, kort: "één visie, afgestemd",
                 tekst: "Werken vanuit afgestemde samenwerking vanuit eenzelfde visie: standpunten over goed ouderschap, meervoudige betrokkenheid en kwaliteit van contact"),
        Principe(nummer: 8, kort: "dynamiek boven inhoud",
                 tekst: "Werken met de dynamiek in plaats van op de inhoud"),
    ]

    public static let nummers = 1...8

    public static func nummer(_ n: Int) -> Principe? {
        nummers.contains(n) ? alle[n - 1] : nil
    }
}

/// How the casus went, measured against one principle.
public enum Oordeel: String, Vocabulaire {
    case wel, deels, niet, onbekend
}

/// `visie:` entry: the group's judgement on one principle, and how it could have gone.
public struct VisieOordeel: Sendable, Hashable, Codable {
    public var principe: Int
    public var oordeel: Oordeel
    public var toelichting: String?
    public var hadKunnen: String?
    public var items: [String]

    public init(principe: Int, oordeel: Oordeel, toelichting: String? = nil, hadKunnen: String? = nil,
                items: [String] = []) {
        self.principe = principe
        self.oordeel = oordeel
        self.toelichting = toelichting
        self.hadKunnen = hadKunnen
        self.items = items
    }

    enum CodingKeys: String, CodingKey {
        case principe, oordeel, toelichting, items
        case hadKunnen = "had_kunnen"
    }
}
