/// Something that happened, as one professional remembers or read it.
public struct Gebeurtenis: Sendable, Hashable, Codable {
    public var datum: Datum
    public var wat: String
    public var soort: GebeurtenisSoort
    public var betrokkenen: [String]
    public var dynamiek: String?
    public var effectProfessionals: String?
    public var volgendeStap: String?
    public var veiligheid: Veiligheid
    public var bron: String?

    public init(datum: Datum, wat: String, soort: GebeurtenisSoort = .gebeurtenis,
                betrokkenen: [String] = [], dynamiek: String? = nil,
                effectProfessionals: String? = nil, volgendeStap: String? = nil,
                veiligheid: Veiligheid = .onbekend, bron: String? = nil) {
        self.datum = datum
        self.wat = wat
        self.soort = soort
        self.betrokkenen = betrokkenen
        self.dynamiek = dynamiek
        self.effectProfessionals = effectProfessionals
        self.volgendeStap = volgendeStap
        self.veiligheid = veiligheid
        self.bron = bron
    }

    enum CodingKeys: String, CodingKey {
        case datum, wat, soort, betrokkenen, dynamiek, veiligheid, bron
        case effectProfessionals = "effect_professionals"
        case volgendeStap = "volgende_stap"
    }
}
