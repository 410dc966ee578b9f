/// `regie-gat`: nobody held the case lead for a while, or it went cold to another
/// municipality.
public struct RegieGat: PatroonRegel {
    public static let id = "regie-gat"
    public static let titel = "Gat in de regie"
    public static let thema = Thema.processen
    public static let gatDagen = Drempel(patroon: id, sleutel: "gat_dagen", standaard: 31,
        uitleg: "meer dan zoveel dagen zonder dat iemand de regie had")
    public static var drempels: [Drempel] { [gatDagen] }

    public init() {}

    /// What lies between two consecutive periods: a gap, a cold handover to another
    /// municipality, or both.
    struct Overgang {
        var voor: String
        var na: String
        var gatDagen: Int?
        var koud: Regiewissel?
    }

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        let items = chronologisch(tijdlijn.regie) { $0.vanaf }
        let perId = Dictionary(items.map { ($0.id, $0.inhoud) }, uniquingKeysWith: { a, _ in a })
        let drempel = instellingen[Self.gatDagen]
        var overgangen: [Overgang] = []
        func index(_ voor: String, _ na: String) -> Int {
            if let i = overgangen.firstIndex(where: { $0.voor == voor && $0.na == na }) { return i }
            overgangen.append(Overgang(voor: voor, na: na))
            return overgangen.count - 1
        }
        // Sweep: the period covering the latest day so far; a period without `tot` is still
        // holding, so after it there is no gap.
        var dekkend: TijdlijnItem<Regieperiode>?
        for item in items {
            if let vorige = dekkend {
                guard let einde = vorige.inhoud.eindDag else { break }
                let gat = item.inhoud.vanaf.van - einde
                if gat > drempel { overgangen[index(vorige.id, item.id)].gatDagen = gat }
                if let nieuw = item.inhoud.eindDag, nieuw <= einde { continue }
            }
            dekkend = item
        }
        let wissels = tijdlijn.regiewisselingen.sorted {
            ($0.datum.van, $0.datum.tot, $0.id) < ($1.datum.van, $1.datum.tot, $1.id)
        }
        for w in wissels where w.andereGemeente && w.overdracht == .koud {
            overgangen[index(w.van, w.naar)].koud = w
        }
        return overgangen.map { o in
            bevinding(uitleg(o, voor: perId[o.voor], na: perId[o.na]), bewijs: [o.voor, o.na])
        }
    }

    private func uitleg(_ o: Overgang, voor: Regieperiode?, na: Regieperiode?) -> String {
        let van = voor.map(Leesbaar.regiehouder) ?? o.voor
        let naar = na.map(Leesbaar.regiehouder) ?? o.na
        var zin = ""
        if let dagen = o.gatDagen, let voor, let na {
            zin = "Na de regie van \(van) tot \(voor.tot.map(Leesbaar.datum) ?? "?") had \(dagen) dagen "
                + "niemand de regie, tot \(naar) begon \(Leesbaar.moment(na.vanaf))"
            if o.koud != nil { zin += "; die overdracht naar een andere gemeente was bovendien koud" }
        } else if let w = o.koud {
            zin = Leesbaar.zin(Leesbaar.moment(w.datum))
                + " ging de regie koud over naar een andere gemeente: van \(van) naar \(naar)"
        }
        return zin + "."
    }
}
