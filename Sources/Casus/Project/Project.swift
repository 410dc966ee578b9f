/// `project.yaml` (docs: project.md): what a rode-draden report is about and
/// what the project lead concluded. Everything but `titel` is optional; the
/// report says what is missing rather than inventing it.
public struct Project: Sendable, Hashable, Codable {
    public static let versie = "project/1"

    public var titel: String
    public var opdrachtgever: String?
    public var gemeenten: [String]
    /// Free text, e.g. "januari – juni 2024".
    public var periode: String?
    /// Shown as written: the author of the report.
    public var projectleider: String?
    public var inleiding: String?
    public var themas: [Thema: ThemaConclusie]
    public var gesprekken: [Gesprek]

    public init(titel: String, opdrachtgever: String? = nil, gemeenten: [String] = [], periode: String? = nil,
                projectleider: String? = nil, inleiding: String? = nil, themas: [Thema: ThemaConclusie] = [:],
                gesprekken: [Gesprek] = []) {
        self.titel = titel
        self.opdrachtgever = opdrachtgever
        self.gemeenten = gemeenten
        self.periode = periode
        self.projectleider = projectleider
        self.inleiding = inleiding
        self.themas = themas
        self.gesprekken = gesprekken
    }
}

/// Per theme: the lead's conclusion, the van → naar rows (seed ch. 4) and recommendations.
public struct ThemaConclusie: Sendable, Hashable, Codable {
    public var conclusie: String?
    public var vanNaar: [VanNaar]
    public var aanbevelingen: [String]

    public init(conclusie: String? = nil, vanNaar: [VanNaar] = [], aanbevelingen: [String] = []) {
        self.conclusie = conclusie
        self.vanNaar = vanNaar
        self.aanbevelingen = aanbevelingen
    }
}

public struct VanNaar: Sendable, Hashable, Codable {
    public var van: String
    public var naar: String

    public init(van: String, naar: String) {
        self.van = van
        self.naar = naar
    }
}

/// A follow-up conversation (seed §2.2 "In gesprek"): with whom, when, what it added.
public struct Gesprek: Sendable, Hashable, Codable {
    public var met: String
    public var datum: String?
    public var aanvullingen: [String]

    public init(met: String, datum: String? = nil, aanvullingen: [String] = []) {
        self.met = met
        self.datum = datum
        self.aanvullingen = aanvullingen
    }
}
