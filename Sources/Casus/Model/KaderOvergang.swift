/// One transition between voluntary and court-ordered frameworks.
public struct KaderOvergang: Sendable, Hashable, Codable {
    public var datum: Datum
    public var van: Kader
    public var naar: Kader
    public var maatregel: Maatregel?
    /// Absent when the professional did not say; treat as `onbekend`.
    public var reden: KaderReden?
    public var toelichting: String?

    public init(datum: Datum, van: Kader, naar: Kader, maatregel: Maatregel? = nil,
                reden: KaderReden? = nil, toelichting: String? = nil) {
        self.datum = datum
        self.van = van
        self.naar = naar
        self.maatregel = maatregel
        self.reden = reden
        self.toelichting = toelichting
    }

    public var isOpschaling: Bool { naar == .gedwongen }
}
