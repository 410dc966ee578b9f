/// What a session adds to a casus (`sessie.yaml`, sessie.md): the four steps of
/// the analysis — check-in, the family in view, corrections and stickies on the
/// timeline, visie toetsen with agreements — and the closing evaluation.
public struct Sessie: Sendable, Hashable, Codable {
    /// The version the workbench writes.
    public static let versie = "sessie/2"
    /// Every version intake reads; sessie/2 only adds keys to sessie/1.
    public static let versies = ["sessie/1", "sessie/2"]

    public var casus: String
    /// When the session was held (a fuzzy date like the formats').
    public var datum: Datum?
    /// A name: never in a pseudonymised output.
    public var facilitator: String?
    /// Step 1: who took part, with their check-in.
    public var deelnemers: [Deelnemer]
    /// Step 2: what the group added about each family member.
    public var gezinsleden: [GezinslidAanvulling]
    public var annotaties: [Annotatie]
    /// Force items together: each entry lists two or more item ids.
    public var koppel: [Koppeling]
    /// Split one source's entry out of a merged item.
    public var ontkoppel: [Ontkoppeling]
    /// Step 3: which wording the wall shows where sources differ.
    public var kies: [Keuze]
    /// Step 4: the casus tested against the eight principles, at most one entry each.
    public var visie: [VisieOordeel]
    public var afspraken: [Afspraak]
    /// The closing round.
    public var evaluatie: [Evaluatie]

    public init(casus: String, annotaties: [Annotatie] = [], koppel: [Koppeling] = [],
                ontkoppel: [Ontkoppeling] = [], afspraken: [Afspraak] = [],
                datum: Datum? = nil, facilitator: String? = nil, deelnemers: [Deelnemer] = [],
                gezinsleden: [GezinslidAanvulling] = [], kies: [Keuze] = [], visie: [VisieOordeel] = [],
                evaluatie: [Evaluatie] = []) {
        self.casus = casus
        self.datum = datum
        self.facilitator = facilitator
        self.deelnemers = deelnemers
        self.gezinsleden = gezinsleden
        self.annotaties = annotaties
        self.koppel = koppel
        self.ontkoppel = ontkoppel
        self.kies = kies
        self.visie = visie
        self.afspraken = afspraken
        self.evaluatie = evaluatie
    }
}

/// A smiley (this helped) or sadney (this did not help) on a timeline item.
public struct Annotatie: Sendable, Hashable, Codable {
    public var item: String
    public var soort: AnnotatieSoort
    /// A deelnemer id, or free text.
    public var door: String
    public var thema: Thema?
    public var toelichting: String?

    public init(item: String, soort: AnnotatieSoort, door: String, thema: Thema? = nil,
                toelichting: String? = nil) {
        self.item = item
        self.soort = soort
        self.door = door
        self.thema = thema
        self.toelichting = toelichting
    }
}

/// `koppel: [{items: [a, b], toelichting?}]`: these items are one and the same.
public struct Koppeling: Sendable, Hashable, Codable {
    public var items: [String]
    public var toelichting: String?

    public init(items: [String], toelichting: String? = nil) {
        self.items = items
        self.toelichting = toelichting
    }
}

/// `ontkoppel: [{item, bron, toelichting?}]`: this source's entry is a separate item.
public struct Ontkoppeling: Sendable, Hashable, Codable {
    public var item: String
    public var bron: String
    public var toelichting: String?

    public init(item: String, bron: String, toelichting: String? = nil) {
        self.item = item
        self.bron = bron
        self.toelichting = toelichting
    }
}
