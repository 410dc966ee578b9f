/// Pattern detection over a merged casus (patronen.md).
public enum Patronen {
    /// All rules, in the order of the spec's table; that is also the order of the findings.
    public static let regels: [any PatroonRegel] = [
        OpeenvolgendeHulp(),
        OpschalingUitMachteloosheid(),
        SamenAanTafelHerhaald(),
        ParallelOuderschapAlsLaatsteStrohalm(),
        WisselendeRegie(),
        RegieOnduidelijk(),
        RegieGat(),
        AbrupteAfschaling(),
        KinderenUitBeeld(),
        NetwerkNietInKaart(),
        OnvolledigeInformatie(),
    ]

    /// Findings of every rule that is switched on: spec table order, then by the first
    /// date among each finding's evidence (undated last), stable otherwise.
    public static func detecteer(_ tijdlijn: Tijdlijn,
                                 instellingen: PatroonInstellingen = .standaard) -> [Bevinding] {
        let index = BewijsIndex(tijdlijn)
        var resultaat: [Bevinding] = []
        for regel in regels where instellingen.isAan(type(of: regel).id) {
            let bevindingen = regel.detecteer(tijdlijn, instellingen: instellingen)
            let gesorteerd = bevindingen.enumerated().sorted { a, b in
                let da = index.eersteDag(a.element.bewijs), db = index.eersteDag(b.element.bewijs)
                switch (da, db) {
                case let (x?, y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.offset < b.offset
                }
            }
            resultaat += gesorteerd.map(\.element)
        }
        return resultaat
    }

    /// `casus patronen --json` and `patronen.json` (cli.md).
    public static func rapport(_ tijdlijn: Tijdlijn,
                               instellingen: PatroonInstellingen = .standaard) -> PatronenRapport {
        PatronenRapport(casus: tijdlijn.casus,
                        bevindingen: detecteer(tijdlijn, instellingen: instellingen))
    }
}
