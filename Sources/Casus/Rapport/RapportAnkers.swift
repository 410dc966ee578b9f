/// The link targets of the rode-draden report. Every number links to a `spoor`
/// (the casussen and items behind it); every item reference links to the item's
/// entry in the verantwoording of its casus.
public enum RapportAnkers {
    public static let patronen = "patronen"
    public static let perThema = "per-thema"
    public static let verantwoording = "verantwoording"

    public static func patroonSpoor(_ id: String) -> String { XMLTekst.anker("spoor", "patroon", id) }
    public static func rijSpoor(_ veld: String, _ waarde: String, _ soort: AnnotatieSoort) -> String {
        XMLTekst.anker("spoor", veld, waarde, soort.rawValue)
    }
    public static func thema(_ waarde: String) -> String { XMLTekst.anker("thema", waarde) }
    public static func casus(_ id: String) -> String { XMLTekst.anker("casus", id) }
    public static func item(_ casus: String, _ item: String) -> String {
        XMLTekst.anker("item", casus, item)
    }
}
