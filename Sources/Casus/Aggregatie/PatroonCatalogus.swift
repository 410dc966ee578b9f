/// The eleven patterns as the rode-draden report lists them: id, Dutch title and the
/// Twente theme, derived from `Patronen.regels` (the one registry), in the spec's order.
public enum PatroonCatalogus {
    public struct Patroon: Sendable, Hashable {
        public var id: String
        public var titel: String
        /// The chapter of the Twente analyses the pattern illustrates.
        public var thema: Thema
    }

    public static let alle: [Patroon] = Patronen.regels.map { regel in
        let soort = type(of: regel)
        return Patroon(id: soort.id, titel: soort.titel, thema: soort.thema)
    }

    public static func patroon(_ id: String) -> Patroon? {
        alle.first { $0.id == id }
    }
}
