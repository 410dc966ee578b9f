/// The common threads across casussen (`casus rode-draden --json`, cli.md).
/// Every count carries the (casus, item) references behind it, so a number in
/// the report can always be traced back to the moments that made it.
public struct RodeDraden: Sendable, Hashable, Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        casussen = try c.decode([String].self, forKey: .casussen)
        patronen = try c.decode([PatroonTelling].self, forKey: .patronen)
        annotaties = try c.decode(AnnotatieTotalen.self, forKey: .annotaties)
        meestGemarkeerd = try c.decode(MeestGemarkeerd.self, forKey: .meestGemarkeerd)
        items = try c.decode([ItemBeschrijving].self, forKey: .items)
        pseudoniem = try c.decode(Bool.self, forKey: .pseudoniem)
        organisatiesAnoniem = try c.decodeIfPresent(Bool.self, forKey: .organisatiesAnoniem) ?? false
        statistiek = try c.decode(StatistiekOverzicht.self, forKey: .statistiek)
        sessies = try c.decodeIfPresent(SessieTotalen.self, forKey: .sessies)
        perCasus = try c.decodeIfPresent([CasusOverzicht].self, forKey: .perCasus) ?? []
    }

    /// Casus ids, sorted.
    public var casussen: [String]
    /// All eleven patterns of patronen.md in the spec's order (zero rows too),
    /// then any other pattern id that was found, alphabetically.
    public var patronen: [PatroonTelling]
    public var annotaties: AnnotatieTotalen
    public var meestGemarkeerd: MeestGemarkeerd
    /// Every item a count refers to, described so a reader can find it on the wallpaper.
    public var items: [ItemBeschrijving]
    /// True when names were replaced by roles.
    public var pseudoniem: Bool
    /// True when organisation names were replaced by their kind (`--organisaties-anoniem`).
    public var organisatiesAnoniem: Bool = false
    /// `casus statistiek` across casussen: median and range per figure.
    public var statistiek: StatistiekOverzicht
    /// Participants, the vision test and the agreements across the sessions.
    public var sessies: SessieTotalen?
    /// Each casus at a glance (its appendix in the report), sorted by casus id.
    public var perCasus: [CasusOverzicht] = []

    public init(casussen: [String], patronen: [PatroonTelling], annotaties: AnnotatieTotalen,
                meestGemarkeerd: MeestGemarkeerd, items: [ItemBeschrijving], pseudoniem: Bool,
                statistiek: StatistiekOverzicht = StatistiekOverzicht(), sessies: SessieTotalen? = nil) {
        self.sessies = sessies
        self.casussen = casussen
        self.patronen = patronen
        self.annotaties = annotaties
        self.meestGemarkeerd = meestGemarkeerd
        self.items = items
        self.pseudoniem = pseudoniem
        self.statistiek = statistiek
    }

    enum CodingKeys: String, CodingKey {
        case casussen, patronen, annotaties, items, pseudoniem, statistiek, sessies
        case organisatiesAnoniem = "organisaties_anoniem"
        case perCasus = "per_casus"
        case meestGemarkeerd = "meest_gemarkeerd"
    }
}

/// One pattern: in how many casussen it fired, which, and on which items.
public struct PatroonTelling: Sendable, Hashable, Codable {
    public var patroon: String
    public var titel: String
    /// The Twente theme the report files it under; nil for ids outside patronen.md.
    public var thema: Thema?
    public var aantalCasussen: Int
    public var casussen: [String]
    /// Per casus the evidence item ids of its findings (empty where the spec allows it).
    public var bewijs: [PatroonBewijs]

    public init(patroon: String, titel: String, thema: Thema?, casussen: [String],
                bewijs: [PatroonBewijs]) {
        self.patroon = patroon
        self.titel = titel
        self.thema = thema
        self.aantalCasussen = casussen.count
        self.casussen = casussen
        self.bewijs = bewijs
    }

    enum CodingKeys: String, CodingKey {
        case patroon, titel, thema, casussen, bewijs
        case aantalCasussen = "aantal_casussen"
    }
}

public struct PatroonBewijs: Sendable, Hashable, Codable {
    public var casus: String
    public var items: [String]

    public init(casus: String, items: [String]) {
        self.casus = casus
        self.items = items
    }
}

/// A count's trace: this item of this casus contributed `aantal` annotations.
public struct Verwijzing: Sendable, Hashable, Codable, Comparable {
    public var casus: String
    public var item: String
    public var aantal: Int

    public init(casus: String, item: String, aantal: Int) {
        self.casus = casus
        self.item = item
        self.aantal = aantal
    }

    public static func < (lhs: Verwijzing, rhs: Verwijzing) -> Bool {
        (lhs.casus, lhs.item) < (rhs.casus, rhs.item)
    }
}

public struct AnnotatieTotalen: Sendable, Hashable, Codable {
    public var smiley: Int
    public var sadney: Int
    /// The six themes in the spec's order (zero rows too), then `zonder-thema` if any.
    public var perThema: [AnnotatieRij<ThemaVeld>]
    /// Only annotations on interventies; all ten soorten in the spec's order.
    public var perSoortInterventie: [AnnotatieRij<SoortVeld>]
    /// The kader in force at the item's date: `vrijwillig`, `gedwongen`, then
    /// `onbekend` if any annotated item has no date or does not exist.
    public var perKader: [AnnotatieRij<KaderVeld>]

    public init(smiley: Int, sadney: Int, perThema: [AnnotatieRij<ThemaVeld>],
                perSoortInterventie: [AnnotatieRij<SoortVeld>],
                perKader: [AnnotatieRij<KaderVeld>]) {
        self.smiley = smiley
        self.sadney = sadney
        self.perThema = perThema
        self.perSoortInterventie = perSoortInterventie
        self.perKader = perKader
    }

    enum CodingKeys: String, CodingKey {
        case smiley, sadney
        case perThema = "per_thema"
        case perSoortInterventie = "per_soort_interventie"
        case perKader = "per_kader"
    }
}

/// The items people marked most, across casussen.
public struct MeestGemarkeerd: Sendable, Hashable, Codable {
    /// Most smileys first ("dit werkte").
    public var ditWerkte: [GemarkeerdItem]
    /// Most sadneys first ("dit hielp niet").
    public var ditHielpNiet: [GemarkeerdItem]

    public init(ditWerkte: [GemarkeerdItem], ditHielpNiet: [GemarkeerdItem]) {
        self.ditWerkte = ditWerkte
        self.ditHielpNiet = ditHielpNiet
    }

    enum CodingKeys: String, CodingKey {
        case ditWerkte = "dit_werkte"
        case ditHielpNiet = "dit_hielp_niet"
    }
}

public struct GemarkeerdItem: Sendable, Hashable, Codable {
    public var casus: String
    public var item: String
    public var omschrijving: String
    public var smiley: Int
    public var sadney: Int
    public var toelichtingen: [Toelichting]

    public init(casus: String, item: String, omschrijving: String, smiley: Int, sadney: Int,
                toelichtingen: [Toelichting]) {
        self.casus = casus
        self.item = item
        self.omschrijving = omschrijving
        self.smiley = smiley
        self.sadney = sadney
        self.toelichtingen = toelichtingen
    }
}

/// What a participant wrote on a sticky note; `door` only when names are kept.
public struct Toelichting: Sendable, Hashable, Codable {
    public var soort: AnnotatieSoort
    public var thema: Thema?
    public var tekst: String
    public var door: String?

    public init(soort: AnnotatieSoort, thema: Thema?, tekst: String, door: String? = nil) {
        self.soort = soort
        self.thema = thema
        self.tekst = tekst
        self.door = door
    }
}
