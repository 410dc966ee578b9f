/// `netwerk-niet-in-kaart`: nobody wrote down the family and friends around the family.
public struct NetwerkNietInKaart: PatroonRegel {
    public static let id = "netwerk-niet-in-kaart"
    public static let titel = "Netwerk niet in kaart"
    public static let thema = Thema.familieEnVrienden
    public static var drempels: [Drempel] { [] }

    public init() {}

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        guard tijdlijn.netwerk.isEmpty else { return [] }
        let formats = tijdlijn.bronnen.count
        let waar = formats > 1 ? "In geen van de \(formats) formats staat iemand"
            : formats == 1 ? "In het enige format staat niemand" : "In deze casus staat niemand"
        // The spec: evidence is the empty list; the explanation says why.
        let zin = "\(waar) uit het netwerk van familie en vrienden; "
            + "het netwerk rond het gezin is niet in kaart gebracht."
        return [bevinding(zin, bewijs: [])]
    }
}
