/// The charts of the rode-draden report as inline SVG, drawn by TijdlijnRender
/// (Casus itself draws nothing). Absent charts are simply left out.
public struct RapportGrafieken: Sendable, Hashable {
    public var patronen: String?
    public var perThema: String?
    public var perSoortInterventie: String?
    public var perKader: String?
    public var statistiek: String?

    public init(patronen: String? = nil, perThema: String? = nil,
                perSoortInterventie: String? = nil, perKader: String? = nil, statistiek: String? = nil) {
        self.statistiek = statistiek
        self.patronen = patronen
        self.perThema = perThema
        self.perSoortInterventie = perSoortInterventie
        self.perKader = perKader
    }
}
