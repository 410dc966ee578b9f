/// Choices for counting the common threads.
public struct RodeDradenOpties: Sendable, Hashable {
    /// Replace names by roles in every text (default: yes; data is about children).
    public var pseudoniem: Bool
    /// How many items `meest_gemarkeerd` lists per side.
    public var maxGemarkeerd: Int

    /// Replace organisation names by their kind (`wijkteam`, `school`).
    public var organisatiesAnoniem: Bool

    public init(pseudoniem: Bool = true, maxGemarkeerd: Int = 10, organisatiesAnoniem: Bool = false) {
        self.pseudoniem = pseudoniem
        self.organisatiesAnoniem = organisatiesAnoniem
        self.maxGemarkeerd = max(0, maxGemarkeerd)
    }

    public static let standaard = RodeDradenOpties()
}
