/// Looks up the items of one merged casus by id and describes the ones asked for —
/// only those: a casus has hundreds of items and a count refers to a handful. When
/// pseudonymised, every text passes through the one pseudonymiser of Casus and names
/// are left out.
public struct ItemIndex {
    private enum Plek {
        case gezinslid(Int), netwerk(Int), gebeurtenis(Int), interventie(Int), kader(Int), regie(Int)
        case regiewissel(Int)
    }

    let casus: String
    private let tijdlijn: Tijdlijn
    private let namen: Pseudonimisering?
    private let organisaties: Pseudonimisering?
    private let kaderOpDatum: KaderOpDatum
    private var plekken: [String: Plek] = [:]
    /// Ids as shown, where they differ (see `getoond`).
    private var getoondeIds: [String: String] = [:]

    /// The session's facilitator and participants, and whoever placed annotations,
    /// are names too: they become roles.
    public init(tijdlijn: Tijdlijn, pseudoniem: Bool, sessie: Sessie? = nil, deelnemers: [String] = [],
                organisatiesAnoniem: Bool = false) {
        casus = tijdlijn.casus
        self.tijdlijn = tijdlijn
        var extra = (sessie?.deelnemers ?? []).compactMap { d in d.naam.map { (naam: $0, rol: d.rol) } }
        if let f = sessie?.facilitator { extra.append((naam: f, rol: "facilitator")) }
        namen = pseudoniem ? Pseudonimisering(tijdlijn, deelnemers: deelnemers, extra: extra) : nil
        organisaties = organisatiesAnoniem
            ? Pseudonimisering(organisaties: OrganisatieSoort.inCasus(tijdlijn, sessie: sessie)) : nil
        kaderOpDatum = KaderOpDatum(tijdlijn.kader.map(\.inhoud))
        for (n, i) in tijdlijn.gezinsleden.enumerated() { plekken[i.id] = .gezinslid(n) }
        for (n, i) in tijdlijn.netwerk.enumerated() { plekken[i.id] = .netwerk(n) }
        for (n, i) in tijdlijn.gebeurtenissen.enumerated() { plekken[i.id] = .gebeurtenis(n) }
        for (n, i) in tijdlijn.interventies.enumerated() { plekken[i.id] = .interventie(n) }
        for (n, i) in tijdlijn.kader.enumerated() { plekken[i.id] = .kader(n) }
        for (n, i) in tijdlijn.regie.enumerated() { plekken[i.id] = .regie(n) }
        for (n, w) in tijdlijn.regiewisselingen.enumerated() { plekken[w.id] = .regiewissel(n) }
        if let organisaties { getoondeIds = Self.zonderOrganisaties(plekken.keys.sorted(), organisaties) }
    }

    /// Item ids are built from text, so an id can hold an organisation
    /// (`regie-wijkcoach-wijkteam-almelo-2017`). With `--organisaties-anoniem` it
    /// becomes its kind there too (`regie-wijkcoach-wijkteam-2017`); a clash gets
    /// `-2`, `-3` in id order, so shown ids stay distinct and every count stays apart.
    private static func zonderOrganisaties(_ ids: [String], _ p: Pseudonimisering) -> [String: String] {
        var bezet = Set(ids)
        var uit: [String: String] = [:]
        for id in ids {
            let woorden = id.replacingOccurrences(of: "-", with: " ")
            let zonder = p.term(woorden)
            guard zonder != woorden else { continue }
            let basis = Normalisatie.slug(zonder)
            var kandidaat = basis, n = 1
            while bezet.contains(kandidaat) {
                n += 1
                kandidaat = "\(basis)-\(n)"
            }
            bezet.insert(kandidaat)
            uit[id] = kandidaat
        }
        return uit
    }

    /// The id as every output shows it.
    func getoond(_ id: String) -> String { getoondeIds[id] ?? id }

    /// Free text as it may be shown: organisations by their kind when asked, then
    /// names replaced by roles when pseudonymised.
    func tekst(_ tekst: String) -> String {
        let zonderOrganisaties = organisaties?.term(tekst) ?? tekst
        return namen?.term(zonderOrganisaties) ?? zonderOrganisaties
    }

    /// The item's description; an unknown id is described as such, never dropped.
    public func beschrijving(_ id: String) -> ItemBeschrijving {
        func maak(_ soort: ItemBeschrijving.Soort, _ omschrijving: String, _ datum: Datum?,
                  _ interventieSoort: InterventieSoort? = nil) -> ItemBeschrijving {
            ItemBeschrijving(casus: casus, item: getoond(id), soort: soort, omschrijving: omschrijving,
                             datum: datum?.tekst, kader: datum.map { kaderOpDatum.kader(op: $0.van) },
                             interventieSoort: interventieSoort)
        }
        switch plekken[id] {
        case .gezinslid(let n)?:
            let l = tijdlijn.gezinsleden[n].inhoud
            let naam = namen == nil ? l.naam.map { " \($0)" } ?? "" : ""
            return maak(.gezinslid, "\(l.id)\(naam) (\(l.rol.rawValue))", nil)
        case .netwerk(let n)?:
            let l = tijdlijn.netwerk[n].inhoud
            let naam = namen == nil ? l.naam.map { "\($0), " } ?? "" : ""
            return maak(.netwerk, "\(naam)\(tekst(l.rol)) (\(l.invloed.rawValue))", nil)
        case .gebeurtenis(let n)?:
            let g = tijdlijn.gebeurtenissen[n].inhoud
            return maak(.gebeurtenis, tekst(g.wat), g.datum)
        case .interventie(let n)?:
            let i = tijdlijn.interventies[n].inhoud
            return maak(.interventie, tekst("\(i.naam) bij \(i.aanbieder)") + " (\(i.soort.rawValue))",
                        i.start, i.soort)
        case .kader(let n)?:
            let k = tijdlijn.kader[n].inhoud
            let richting = k.isOpschaling ? "opschaling naar gedwongen kader" : "afschaling naar vrijwillig kader"
            return maak(.kader, richting + (k.maatregel.map { " (\($0.rawValue))" } ?? ""), k.datum)
        case .regie(let n)?:
            return maak(.regie, regie(tijdlijn.regie[n].inhoud), tijdlijn.regie[n].inhoud.vanaf)
        case .regiewissel(let n)?:
            let w = tijdlijn.regiewisselingen[n]
            let naar = tijdlijn.regie.first { $0.id == w.naar }.map { regie($0.inhoud) } ?? w.naar
            let gemeente = w.andereGemeente ? ", andere gemeente" : ""
            return maak(.regiewissel, "regiewissel naar \(naar) (overdracht \(w.overdracht.rawValue)\(gemeente))",
                        w.datum)
        case nil:
            return Self.onbekend(casus: casus, item: getoond(id))
        }
    }

    /// An id that is not on the merged timeline: described as such, never dropped.
    static func onbekend(casus: String, item: String) -> ItemBeschrijving {
        ItemBeschrijving(casus: casus, item: item, soort: .onbekend,
                         omschrijving: "onbekend item (staat niet op de samengevoegde tijdlijn)")
    }

    private func regie(_ r: Regieperiode) -> String {
        tekst("regie bij \(r.wie), \(r.organisatie)") + (r.gemeente.map { ", gemeente \($0)" } ?? "")
    }
}
