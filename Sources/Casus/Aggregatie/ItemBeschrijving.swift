/// What an item of one casus is, in words a reader recognises on the wallpaper.
public struct ItemBeschrijving: Sendable, Hashable, Codable {
    public enum Soort: String, Sendable, Hashable, Codable {
        case gezinslid, netwerk, gebeurtenis, interventie, kader, regie, regiewissel
        /// The id is not in the merged timeline (e.g. an annotation on a removed item).
        case onbekend
    }

    public var casus: String
    public var item: String
    public var soort: Soort
    public var omschrijving: String
    /// The date as written (start for interventies, vanaf for regie); nil when undated.
    public var datum: String?
    /// The kader in force at the item's date (KaderOpDatum); nil when undated.
    public var kader: Kader?
    public var interventieSoort: InterventieSoort?
    /// Annotations placed on this item in the session.
    public var smiley: Int
    public var sadney: Int
    public var toelichtingen: [Toelichting]

    public init(casus: String, item: String, soort: Soort, omschrijving: String,
                datum: String? = nil, kader: Kader? = nil,
                interventieSoort: InterventieSoort? = nil, smiley: Int = 0, sadney: Int = 0,
                toelichtingen: [Toelichting] = []) {
        self.casus = casus
        self.item = item
        self.soort = soort
        self.omschrijving = omschrijving
        self.datum = datum
        self.kader = kader
        self.interventieSoort = interventieSoort
        self.smiley = smiley
        self.sadney = sadney
        self.toelichtingen = toelichtingen
    }

    enum CodingKeys: String, CodingKey {
        case casus, item, soort, omschrijving, datum, kader, smiley, sadney, toelichtingen
        case interventieSoort = "interventie_soort"
    }
}
