/// The thresholds in force for one detection: the spec's defaults, overridden per
/// casus (`patronen.yaml` in the casus folder) or per workbench.
public struct PatroonInstellingen: Sendable, Hashable {
    /// Overrides: pattern id → threshold key → value. Absent keys use the default.
    public var waarden: [String: [String: Int]]
    /// `uit: true` switches a pattern off; `uit: false` switches it on again over a
    /// workbench setting. Absent means on.
    public var uit: [String: Bool]

    public init(waarden: [String: [String: Int]] = [:], uit: [String: Bool] = [:]) {
        self.waarden = waarden
        self.uit = uit
    }

    /// The spec's defaults, nothing switched off.
    public static let standaard = PatroonInstellingen()

    public subscript(drempel: Drempel) -> Int {
        get { waarden[drempel.patroon]?[drempel.sleutel] ?? drempel.standaard }
        set { waarden[drempel.patroon, default: [:]][drempel.sleutel] = newValue }
    }

    public func isAan(_ patroon: String) -> Bool { !(uit[patroon] ?? false) }

    /// These settings with `ander`'s overrides on top (workbench first, then the casus).
    public func overschreven(door ander: PatroonInstellingen) -> PatroonInstellingen {
        var resultaat = self
        for (patroon, sleutels) in ander.waarden {
            resultaat.waarden[patroon, default: [:]].merge(sleutels) { _, nieuw in nieuw }
        }
        resultaat.uit.merge(ander.uit) { _, nieuw in nieuw }
        return resultaat
    }
}
