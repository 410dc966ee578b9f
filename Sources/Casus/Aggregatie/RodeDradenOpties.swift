/// Choices for counting the common threads.
public struct RodeDradenOpties: Sendable, Hashable {
    /// Replace names by roles in every text (default: yes; data is about children).
    public var pseudoniem: Bool
    /// How many items `meest_gemarkeerd` lists per side.
    public var maxGemarkeerd: Int

    public init(pseudoniem: Bool = true, maxGemarkeerd: Int = 10) {
        self.pseudoniem = pseudoniem
        self.maxGemarkeerd = max(0, maxGemarkeerd)
    }

    public static let standaard = RodeDradenOpties()
}
