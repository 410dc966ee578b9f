/// The charts of the rode-draden report as vector drawings (`Tekening`), drawn by TijdlijnRender
/// (Casus itself draws nothing). Absent charts are simply left out.
public struct RapportGrafieken: Sendable, Hashable {
    public var patronen: Tekening?
    public var perThema: Tekening?
    public var perSoortInterventie: Tekening?
    public var perKader: Tekening?
    public var statistiek: Tekening?

    public init(patronen: Tekening? = nil, perThema: Tekening? = nil,
                perSoortInterventie: Tekening? = nil, perKader: Tekening? = nil, statistiek: Tekening? = nil) {
        self.statistiek = statistiek
        self.patronen = patronen
        self.perThema = perThema
        self.perSoortInterventie = perSoortInterventie
        self.perKader = perKader
    }
}
