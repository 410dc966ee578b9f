/// A participant of the session (step 1). In sessie/1 a plain string: the role.
public struct Deelnemer: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    /// Short key that `door` elsewhere may use.
    public var id: String?
    public var rol: String
    public var organisatie: String?
    /// Never in a pseudonymised output.
    public var naam: String?
    public var checkIn: String?

    public init(id: String? = nil, rol: String, organisatie: String? = nil, naam: String? = nil,
                checkIn: String? = nil) {
        self.id = id
        self.rol = rol
        self.organisatie = organisatie
        self.naam = naam
        self.checkIn = checkIn
    }

    public init(stringLiteral rol: String) { self.init(rol: rol) }

    /// Only a role: written back as the plain string sessie/1 allowed.
    public var alleenRol: Bool { id == nil && organisatie == nil && naam == nil && checkIn == nil }

    enum CodingKeys: String, CodingKey {
        case id, rol, organisatie, naam
        case checkIn = "check_in"
    }
}

/// What the group added about one family member (step 2).
public struct GezinslidAanvulling: Sendable, Hashable, Codable {
    /// A gezinslid id of the merged casus.
    public var id: String
    public var eigenheid: String?
    public var blijVan: String?
    public var mechanisme: String?
    /// A deelnemer id, or free text.
    public var door: String?

    public init(id: String, eigenheid: String? = nil, blijVan: String? = nil, mechanisme: String? = nil,
                door: String? = nil) {
        self.id = id
        self.eigenheid = eigenheid
        self.blijVan = blijVan
        self.mechanisme = mechanisme
        self.door = door
    }

    public var isLeeg: Bool { eigenheid == nil && blijVan == nil && mechanisme == nil }

    enum CodingKeys: String, CodingKey {
        case id, eigenheid, mechanisme, door
        case blijVan = "blij_van"
    }
}

/// The facilitator's pick of what the wall shows for one field of one item (step 3):
/// one source's own value, or the session's own text. How the merge applies it
/// belongs to the merge (issue 14); this is the stored choice.
public struct Keuze: Sendable, Hashable, Codable {
    public var item: String
    public var veld: String
    public var bron: String?
    public var tekst: String?

    public init(item: String, veld: String, bron: String? = nil, tekst: String? = nil) {
        self.item = item
        self.veld = veld
        self.bron = bron
        self.tekst = tekst
    }

    /// Fields that hold a date: a `kies` with `tekst` on them must be one.
    public static let datumVelden: Set<String> = ["datum", "start", "einde", "vanaf", "tot", "geboren"]
    /// Every field of a merged item that can have several values (the merge's names).
    public static let velden = ["wat", "datum", "soort", "betrokkenen", "dynamiek", "effect_professionals",
                             "volgende_stap", "veiligheid", "bron", "naam", "aanbieder", "start", "einde",
                             "afloop", "overdracht", "resultaat", "van", "naar", "maatregel", "reden",
                             "toelichting", "vanaf", "tot", "wie", "organisatie", "gemeente", "rol",
                             "geboren", "eigenheid", "blij_van", "mechanisme", "invloed", "regiehouder"]
}

public enum AfspraakStatus: String, Vocabulaire {
    case open, gedaan
}

/// A concrete agreement (step 4). In sessie/1 a plain string: just `wat`.
public struct Afspraak: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    public var wat: String
    /// A role, never a name.
    public var wie: String?
    public var wanneer: Datum?
    public var items: [String]
    /// Absent means open; kept absent so a round trip gives back the same file.
    public var status: AfspraakStatus?

    public init(wat: String, wie: String? = nil, wanneer: Datum? = nil, items: [String] = [],
                status: AfspraakStatus? = nil) {
        self.wat = wat
        self.wie = wie
        self.wanneer = wanneer
        self.items = items
        self.status = status
    }

    public init(stringLiteral wat: String) { self.init(wat: wat) }

    public var alleenWat: Bool { wie == nil && wanneer == nil && items.isEmpty && status == nil }
}

/// One voice in the closing round.
public struct Evaluatie: Sendable, Hashable, Codable {
    /// A deelnemer id, or free text.
    public var door: String
    public var tekst: String

    public init(door: String, tekst: String) {
        self.door = door
        self.tekst = tekst
    }
}
