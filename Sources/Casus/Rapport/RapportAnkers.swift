/// The link targets of the rode-draden report. Every number links to a `spoor`
/// (the casussen and items behind it); every item reference links to the item's
/// entry in the verantwoording of its casus.
enum RapportAnkers {
    static let patronen = "patronen"
    static let perThema = "per-thema"
    static let verantwoording = "verantwoording"

    static func patroonSpoor(_ id: String) -> String { XMLTekst.anker("spoor", "patroon", id) }
    static func rijSpoor(_ veld: String, _ waarde: String, _ soort: AnnotatieSoort) -> String {
        XMLTekst.anker("spoor", veld, waarde, soort.rawValue)
    }
    static func thema(_ waarde: String) -> String { XMLTekst.anker("thema", waarde) }
    static func casus(_ id: String) -> String { XMLTekst.anker("casus", id) }
    static func item(_ casus: String, _ item: String) -> String {
        XMLTekst.anker("item", casus, item)
    }
}
