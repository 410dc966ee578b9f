/// The eleven pattern ids of patronen.md, in the spec's order, with their Dutch
/// titles and the Twente theme each one belongs to in the rode-draden report.
public enum PatroonCatalogus {
    public struct Patroon: Sendable, Hashable {
        public var id: String
        public var titel: String
        /// The chapter of the Twente analyses the pattern illustrates.
        public var thema: Thema
    }

    public static let alle: [Patroon] = [
        Patroon(id: "opeenvolgende-hulp", titel: "Opeenvolgende hulp", thema: .processen),
        Patroon(id: "opschaling-uit-machteloosheid", titel: "Opschaling uit machteloosheid",
                thema: .processen),
        Patroon(id: "samen-aan-tafel-herhaald", titel: "Steeds weer samen aan tafel",
                thema: .dogmas),
        Patroon(id: "parallel-ouderschap-als-laatste-strohalm",
                titel: "Parallel ouderschap als laatste strohalm", thema: .dogmas),
        Patroon(id: "wisselende-regie", titel: "Steeds wisselende regie", thema: .professionals),
        Patroon(id: "regie-onduidelijk", titel: "Onduidelijke regie", thema: .professionals),
        Patroon(id: "regie-gat", titel: "Gat in de regie", thema: .processen),
        Patroon(id: "abrupte-afschaling", titel: "Abrupte afschaling", thema: .processen),
        Patroon(id: "kinderen-uit-beeld", titel: "Kinderen uit beeld", thema: .kinderen),
        Patroon(id: "netwerk-niet-in-kaart", titel: "Netwerk niet in kaart",
                thema: .familieEnVrienden),
        Patroon(id: "onvolledige-informatie", titel: "Onvolledige informatie",
                thema: .processen),
    ]

    public static func patroon(_ id: String) -> Patroon? {
        alle.first { $0.id == id }
    }
}
