/// One professional's tijdlijn-format, as read from one file (spec: tijdlijn-format.md).
public struct TijdlijnFormat: Sendable, Hashable, Codable {
    public static let versie = "tijdlijn-format/1"

    /// Path of the file it was read from, as given on the command line.
    public var bestand: String
    public var casus: String
    public var ingediendDoor: Indiener
    public var gezinsleden: [Gezinslid]
    public var netwerk: [Netwerklid]
    public var gebeurtenissen: [Gebeurtenis]
    public var interventies: [Interventie]
    public var kader: [KaderOvergang]
    public var regie: [Regieperiode]

    public init(bestand: String, casus: String, ingediendDoor: Indiener,
                gezinsleden: [Gezinslid] = [], netwerk: [Netwerklid] = [],
                gebeurtenissen: [Gebeurtenis] = [], interventies: [Interventie] = [],
                kader: [KaderOvergang] = [], regie: [Regieperiode] = []) {
        self.bestand = bestand
        self.casus = casus
        self.ingediendDoor = ingediendDoor
        self.gezinsleden = gezinsleden
        self.netwerk = netwerk
        self.gebeurtenissen = gebeurtenissen
        self.interventies = interventies
        self.kader = kader
        self.regie = regie
    }

    enum CodingKeys: String, CodingKey {
        case bestand, casus, gezinsleden, netwerk, gebeurtenissen, interventies, kader, regie
        case ingediendDoor = "ingediend_door"
    }
}

/// Who filled in the format (`ingediend_door`).
public struct Indiener: Sendable, Hashable, Codable {
    public var rol: String
    public var organisatie: String
    public var naam: String?
    public var datum: Datum?

    public init(rol: String, organisatie: String, naam: String? = nil, datum: Datum? = nil) {
        self.rol = rol
        self.organisatie = organisatie
        self.naam = naam
        self.datum = datum
    }
}
