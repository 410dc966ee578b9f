/// One casus's share of the common threads: exactly what `RodeDradenTeller` takes from
/// it, every shown text already through the casus's pseudonymiser. It depends on the
/// options that change texts (`variant`), not on the timeline: counting a stored one
/// needs no merge and no timeline (issue 18: 10,000 casussen in seconds).
public struct RodeDradenBijdrage: Sendable, Hashable, Codable {
    /// One finding: its pattern and the evidence, as original item ids.
    public struct Bewijs: Sendable, Hashable, Codable {
        var patroon: String
        var titel: String
        var items: [String]
    }

    /// One smiley or sadney; `toelichting` only when it has text, `door` only with names.
    public struct Sticker: Sendable, Hashable, Codable {
        var item: String
        var soort: AnnotatieSoort
        var thema: Thema?
        var toelichting: String?
        var door: String?
    }

    /// What the session adds (only when it has content).
    public struct SessieDeel: Sendable, Hashable, Codable {
        struct Principeoordeel: Sendable, Hashable, Codable {
            var principe: Int
            var oordeel: Oordeel
        }
        var datum: Datum?
        var rollen: [String]
        var visie: [Principeoordeel]
        var afspraken: [SessieTotalen.AfspraakRij]
    }

    /// An item's description without what the casus and the shown id already say (and
    /// without counts, which are zero here): a stored share is read 10,000 times over.
    struct Beschrijving: Sendable, Hashable, Codable {
        var soort: ItemBeschrijving.Soort
        var omschrijving: String
        var datum: String?
        var kader: Kader?
        var interventieSoort: InterventieSoort?

        init(_ b: ItemBeschrijving) {
            soort = b.soort
            omschrijving = b.omschrijving
            datum = b.datum
            kader = b.kader
            interventieSoort = b.interventieSoort
        }

        // Short keys: fewer bytes to read back per item.
        enum CodingKeys: String, CodingKey {
            case soort = "s", omschrijving = "o", datum = "d", kader = "k", interventieSoort = "i"
        }
    }

    public var casus: String
    var sessie: SessieDeel?
    var bevindingen: [Bewijs]
    /// Original id → id as shown, only where they differ.
    var getoondeIds: [String: String]
    /// Original id → description, for every item the evidence or a sticker names.
    var beschrijvingen: [String: Beschrijving]
    var cijfers: Statistiek
    var overzicht: CasusOverzicht
    var stickers: [Sticker]

    /// The options a contribution depends on, as one line for the workbench's key.
    public static func variant(_ opties: RodeDradenOpties) -> String {
        "pseudoniem=\(opties.pseudoniem);organisaties-anoniem=\(opties.organisatiesAnoniem)"
    }

    public init(_ casus: GeanalyseerdeCasus, opties: RodeDradenOpties) {
        let index = ItemIndex(tijdlijn: casus.tijdlijn, pseudoniem: opties.pseudoniem, sessie: casus.sessie,
                              deelnemers: casus.annotaties.map(\.door), organisatiesAnoniem: opties.organisatiesAnoniem)
        self.casus = casus.casus
        sessie = SessieDeel(casus.sessie, casus: casus.casus, tekst: index.tekst)
        bevindingen = casus.bevindingen.map { Bewijs(patroon: $0.patroon, titel: $0.titel, items: $0.bewijs) }
        stickers = casus.annotaties.map { a in
            let tekst: String? = a.toelichting.flatMap { t -> String? in
                t.allSatisfy(\.isWhitespace) ? nil : index.tekst(t)
            }
            return Sticker(item: a.item, soort: a.soort, thema: a.thema, toelichting: tekst,
                           door: opties.pseudoniem ? nil : a.door)
        }
        let genoemd = Set(casus.bevindingen.flatMap(\.bewijs) + casus.annotaties.map(\.item))
        var getoond: [String: String] = [:]
        var beschrijvingen: [String: Beschrijving] = [:]
        for id in genoemd {
            beschrijvingen[id] = Beschrijving(index.beschrijving(id))
            if index.getoond(id) != id { getoond[id] = index.getoond(id) }
        }
        getoondeIds = getoond
        self.beschrijvingen = beschrijvingen
        let cijfers = Statistiek(casus)
        self.cijfers = cijfers
        overzicht = CasusOverzicht(casus, cijfers: cijfers)
    }

    func getoond(_ id: String) -> String { getoondeIds[id] ?? id }

    func beschrijving(_ id: String) -> ItemBeschrijving {
        guard let b = beschrijvingen[id] else { return ItemIndex.onbekend(casus: casus, item: getoond(id)) }
        return ItemBeschrijving(casus: casus, item: getoond(id), soort: b.soort, omschrijving: b.omschrijving,
                                datum: b.datum, kader: b.kader, interventieSoort: b.interventieSoort)
    }
}

extension RodeDradenBijdrage.SessieDeel {
    /// nil for no session, or the empty one the workbench keeps for every casus.
    init?(_ sessie: Sessie?, casus: String, tekst: (String) -> String) {
        guard let sessie else { return nil }
        let vastgelegd = sessie.datum != nil || !sessie.deelnemers.isEmpty || !sessie.annotaties.isEmpty
            || !sessie.visie.isEmpty || !sessie.afspraken.isEmpty || !sessie.evaluatie.isEmpty
        guard vastgelegd else { return nil }
        datum = sessie.datum
        rollen = sessie.deelnemers.map { $0.rol.lowercased() }
        visie = sessie.visie.map { Principeoordeel(principe: $0.principe, oordeel: $0.oordeel) }
        afspraken = sessie.afspraken.map { a in
            SessieTotalen.AfspraakRij(casus: casus, wat: tekst(a.wat), wie: a.wie.map(tekst),
                                      wanneer: a.wanneer?.tekst, status: a.status?.rawValue ?? "open")
        }
    }
}
