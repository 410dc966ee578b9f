/// A period in which one party held the case lead (regie).
public struct Regieperiode: Sendable, Hashable, Codable {
    public var vanaf: Datum
    /// Absent means still holding.
    public var tot: Datum?
    public var wie: String
    public var organisatie: String
    public var gemeente: String?
    public var overdracht: RegieOverdracht?

    public init(vanaf: Datum, tot: Datum? = nil, wie: String, organisatie: String,
                gemeente: String? = nil, overdracht: RegieOverdracht? = nil) {
        self.vanaf = vanaf
        self.tot = tot
        self.wie = wie
        self.organisatie = organisatie
        self.gemeente = gemeente
        self.overdracht = overdracht
    }
}
