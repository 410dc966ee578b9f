/// What a session adds to a casus (`sessie.yaml`, cli.md): annotations and the
/// facilitator's corrections of the automatic merge.
public struct Sessie: Sendable, Hashable, Codable {
    public static let versie = "sessie/1"

    public var casus: String
    /// When the session was held (a fuzzy date like the formats').
    public var datum: Datum?
    public var facilitator: String?
    /// Who took part, as written (roles, not names, where possible).
    public var deelnemers: [String]
    public var annotaties: [Annotatie]
    /// Force items together: each entry lists two or more item ids.
    public var koppel: [Koppeling]
    /// Split one source's entry out of a merged item.
    public var ontkoppel: [Ontkoppeling]
    /// Agreements made in the session, free text.
    public var afspraken: [String]

    public init(casus: String, annotaties: [Annotatie] = [], koppel: [Koppeling] = [],
                ontkoppel: [Ontkoppeling] = [], afspraken: [String] = [],
                datum: Datum? = nil, facilitator: String? = nil, deelnemers: [String] = []) {
        self.casus = casus
        self.datum = datum
        self.facilitator = facilitator
        self.deelnemers = deelnemers
        self.annotaties = annotaties
        self.koppel = koppel
        self.ontkoppel = ontkoppel
        self.afspraken = afspraken
    }
}

/// A smiley (this helped) or sadney (this did not help) on a timeline item.
public struct Annotatie: Sendable, Hashable, Codable {
    public var item: String
    public var soort: AnnotatieSoort
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
