/// A help trajectory: one provider's help, from start to (perhaps) an end.
public struct Interventie: Sendable, Hashable, Codable {
    public var naam: String
    public var aanbieder: String
    public var soort: InterventieSoort
    public var start: Datum
    public var einde: Datum?
    public var gerichtOp: [String]
    /// Absent when the professional did not say; treat as `onbekend`.
    public var afloop: Afloop?
    public var overdracht: InterventieOverdracht?
    public var resultaat: String?

    public init(naam: String, aanbieder: String, soort: InterventieSoort, start: Datum,
                einde: Datum? = nil, gerichtOp: [String] = [], afloop: Afloop? = nil,
                overdracht: InterventieOverdracht? = nil, resultaat: String? = nil) {
        self.naam = naam
        self.aanbieder = aanbieder
        self.soort = soort
        self.start = start
        self.einde = einde
        self.gerichtOp = gerichtOp
        self.afloop = afloop
        self.overdracht = overdracht
        self.resultaat = resultaat
    }

    /// patronen.md: "unsuccessful" is niet-gelukt, voortijdig-gestopt or terug-naar-regie.
    public var isZonderSucces: Bool {
        afloop == .nietGelukt || afloop == .voortijdigGestopt || overdracht == .terugNaarRegie
    }

    enum CodingKeys: String, CodingKey {
        case naam, aanbieder, soort, start, einde, afloop, overdracht, resultaat
        case gerichtOp = "gericht_op"
    }
}
