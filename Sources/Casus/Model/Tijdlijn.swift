/// The merged casus: one timeline from all formats (cli.md `tijdlijn.json`).
/// Every item has a stable id and lists the sources it came from.
public struct Tijdlijn: Sendable, Hashable, Codable {
    public var casus: String
    public var bronnen: [Bron]
    public var gezinsleden: [TijdlijnItem<Gezinslid>]
    public var netwerk: [TijdlijnItem<Netwerklid>]
    public var gebeurtenissen: [TijdlijnItem<Gebeurtenis>]
    public var interventies: [TijdlijnItem<Interventie>]
    public var kader: [TijdlijnItem<KaderOvergang>]
    public var regie: [TijdlijnItem<Regieperiode>]
    public var regiewisselingen: [Regiewissel]
    public var conflicten: [Conflict]
    /// From the earliest to the latest dated item; nil when nothing is dated.
    public var periode: Periode?

    public init(casus: String, bronnen: [Bron] = [], gezinsleden: [TijdlijnItem<Gezinslid>] = [],
                netwerk: [TijdlijnItem<Netwerklid>] = [],
                gebeurtenissen: [TijdlijnItem<Gebeurtenis>] = [],
                interventies: [TijdlijnItem<Interventie>] = [],
                kader: [TijdlijnItem<KaderOvergang>] = [],
                regie: [TijdlijnItem<Regieperiode>] = [],
                regiewisselingen: [Regiewissel] = [], conflicten: [Conflict] = [],
                periode: Periode? = nil) {
        self.casus = casus
        self.bronnen = bronnen
        self.gezinsleden = gezinsleden
        self.netwerk = netwerk
        self.gebeurtenissen = gebeurtenissen
        self.interventies = interventies
        self.kader = kader
        self.regie = regie
        self.regiewisselingen = regiewisselingen
        self.conflicten = conflicten
        self.periode = periode
    }
}

/// One format as a source of the merged timeline. The id comes from who
/// submitted it (rol + organisatie), never from the file name.
public struct Bron: Sendable, Hashable, Codable {
    public var id: String
    public var bestand: String
    public var rol: String
    public var organisatie: String
    public var naam: String?
    public var datum: Datum?

    public init(id: String, bestand: String, rol: String, organisatie: String,
                naam: String? = nil, datum: Datum? = nil) {
        self.id = id
        self.bestand = bestand
        self.rol = rol
        self.organisatie = organisatie
        self.naam = naam
        self.datum = datum
    }
}

/// A merged item: the display value plus each source's own entry.
/// Encodes flat in JSON: the value's fields beside `id`, `bronnen` and `per_bron`.
public struct TijdlijnItem<Inhoud: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var id: String
    /// Source ids, sorted.
    public var bronnen: [String]
    /// The value shown on the timeline, chosen deterministically from the sources.
    public var inhoud: Inhoud
    /// Each source's own entry, in source-id order: nothing a professional wrote is lost.
    public var perBron: [BronInhoud<Inhoud>]
    /// True when the sources disagree on a fact; details in `Tijdlijn.conflicten`.
    public var conflict: Bool
    /// Ids of items the facilitator joined into this one (`koppel`): annotations
    /// placed on them still find their item.
    public var aliassen: [String]
    /// The children's ages at this item's date (gebeurtenissen, interventies and
    /// kader only; nil on every other kind). Derived after the merge.
    public var leeftijden: [Leeftijd]?
    /// The short code on the paper wall (`G12`); nil for people.
    public var code: String?

    public init(id: String, bronnen: [String], inhoud: Inhoud, perBron: [BronInhoud<Inhoud>],
                conflict: Bool = false, aliassen: [String] = [], leeftijden: [Leeftijd]? = nil,
                code: String? = nil) {
        self.id = id
        self.bronnen = bronnen
        self.inhoud = inhoud
        self.perBron = perBron
        self.conflict = conflict
        self.aliassen = aliassen
        self.leeftijden = leeftijden
        self.code = code
    }

    enum ExtraKeys: String, CodingKey {
        case id, bronnen, conflict, aliassen, leeftijden, code
        case perBron = "per_bron"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: ExtraKeys.self)
        id = try c.decode(String.self, forKey: .id)
        bronnen = try c.decode([String].self, forKey: .bronnen)
        perBron = try c.decodeIfPresent([BronInhoud<Inhoud>].self, forKey: .perBron) ?? []
        conflict = try c.decodeIfPresent(Bool.self, forKey: .conflict) ?? false
        aliassen = try c.decodeIfPresent([String].self, forKey: .aliassen) ?? []
        leeftijden = try c.decodeIfPresent([Leeftijd].self, forKey: .leeftijden)
        code = try c.decodeIfPresent(String.self, forKey: .code)
        inhoud = try Inhoud(from: decoder)
    }

    public func encode(to encoder: Encoder) throws {
        try inhoud.encode(to: encoder)
        var c = encoder.container(keyedBy: ExtraKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(bronnen, forKey: .bronnen)
        try c.encode(conflict, forKey: .conflict)
        try c.encode(perBron, forKey: .perBron)
        if !aliassen.isEmpty { try c.encode(aliassen, forKey: .aliassen) }
        if let leeftijden { try c.encode(leeftijden, forKey: .leeftijden) }
        try c.encodeIfPresent(code, forKey: .code)
    }
}

/// One source's own entry for a merged item, with its place in that source's file.
public struct BronInhoud<Inhoud: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var bron: String
    public var inhoud: Inhoud

    public init(bron: String, inhoud: Inhoud) {
        self.bron = bron
        self.inhoud = inhoud
    }
}

/// Derived: the moment one regie period ends and the next begins with another
/// holder (`wie`, `organisatie` or `gemeente`).
public struct Regiewissel: Sendable, Hashable, Codable {
    public var id: String
    public var datum: Datum
    /// Item id of the regie period that ended.
    public var van: String
    /// Item id of the regie period that began.
    public var naar: String
    public var andereGemeente: Bool
    public var overdracht: RegieOverdracht

    public init(id: String, datum: Datum, van: String, naar: String, andereGemeente: Bool,
                overdracht: RegieOverdracht) {
        self.id = id
        self.datum = datum
        self.van = van
        self.naar = naar
        self.andereGemeente = andereGemeente
        self.overdracht = overdracht
    }

    enum CodingKeys: String, CodingKey {
        case id, datum, van, naar, overdracht
        case andereGemeente = "andere_gemeente"
    }
}

/// Sources disagree on one field of one item; every value is kept with its source.
public struct Conflict: Sendable, Hashable, Codable {
    public var item: String
    public var veld: String
    public var waarden: [ConflictWaarde]
    /// The value shown, and why it was chosen (in Dutch).
    public var gekozen: String
    public var keuze: String

    public init(item: String, veld: String, waarden: [ConflictWaarde], gekozen: String,
                keuze: String) {
        self.item = item
        self.veld = veld
        self.waarden = waarden
        self.gekozen = gekozen
        self.keuze = keuze
    }
}

public struct ConflictWaarde: Sendable, Hashable, Codable {
    public var bron: String
    public var waarde: String

    public init(bron: String, waarde: String) {
        self.bron = bron
        self.waarde = waarde
    }
}

/// The span of the casus, first to last dated item.
public struct Periode: Sendable, Hashable, Codable {
    public var van: Dag
    public var tot: Dag

    public init(van: Dag, tot: Dag) {
        self.van = van
        self.tot = tot
    }
}
