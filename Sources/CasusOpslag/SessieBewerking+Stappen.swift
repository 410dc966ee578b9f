import Casus
/// The sessie/2 edits from the command line (and the browser): every item or
/// family member they name must exist in the casus as merged now; items may be
/// named by sticker code and are stored by id.
extension SessieBewerking {
    public static func vulGezinslidAan(casus: String, _ aanvulling: GezinslidAanvulling, wie: String,
                                       in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Int64 {
        let tijdlijn = try WerkbankAnalyse.tijdlijn(casus: casus, in: werkbank)
        let ids = tijdlijn.gezinsleden.map(\.id)
        guard ids.contains(aanvulling.id) else {
            throw WerkbankFout.ongeldig("gezinslid '\(aanvulling.id)' staat niet in casus '\(casus)'"
                + (Suggestie.dichtstbij(aanvulling.id, uit: ids).map { "; bedoel je '\($0)'?" } ?? "")
                + " (gezinsleden: \(ids.joined(separator: ", ")))")
        }
        return try werkbank.vulGezinslidAan(casus: casus, aanvulling, wie: wie)
    }

    @discardableResult
    public static func kies(casus: String, _ keuze: Keuze, door: String, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Keuze? {
        let (schoon, _) = try probeerKies(casus: casus, keuze, in: werkbank)
        return try werkbank.kies(casus: casus, schoon, door: door)
    }

    /// The pick checked (item by id, a known field, a readable date) and how the item
    /// would read with it; nothing is stored.
    public static func probeerKies(casus: String, _ keuze: Keuze,
                                   in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> (Keuze, String) {
        var keuze = keuze
        keuze.item = try ids([keuze.item], casus: casus, in: werkbank)[0]
        // Whether the field has several values and the source one of them is the
        // merge's check (issue 14); this stores what the facilitator chose.
        if let tekst = keuze.tekst, Keuze.datumVelden.contains(keuze.veld), DatumParser.parse(tekst) == nil {
            throw WerkbankFout.ongeldig("onleesbare datum '\(tekst)'; gebruik bijvoorbeeld: \(DatumParser.toegestaneVormen)")
        }
        guard Keuze.velden.contains(keuze.veld) else {
            throw WerkbankFout.ongeldig("onbekend veld '\(keuze.veld)'"
                + (Suggestie.dichtstbij(keuze.veld, uit: Keuze.velden).map { "; bedoel je '\($0)'?" } ?? ""))
        }
        return (keuze, try probeerKeuze(casus: casus, keuze, in: werkbank))
    }

    @discardableResult
    public static func zetOordeel(casus: String, _ oordeel: VisieOordeel, door: String,
                                  in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> VisieOordeel? {
        var oordeel = oordeel
        oordeel.items = try ids(oordeel.items, casus: casus, in: werkbank)
        return try werkbank.zetOordeel(casus: casus, oordeel, door: door)
    }

    public static func legAfspraakVast(casus: String, _ afspraak: Afspraak, door: String,
                                       in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Int64 {
        var afspraak = afspraak
        afspraak.items = try ids(afspraak.items, casus: casus, in: werkbank)
        return try werkbank.legAfspraakVast(casus: casus, afspraak, door: door)
    }

    public static func wijzigAfspraak(casus: String, nummer: Int64, _ afspraak: Afspraak, door: String,
                                      in werkbank: any WerkbankOpslag) throws(WerkbankFout) {
        var afspraak = afspraak
        afspraak.items = try ids(afspraak.items, casus: casus, in: werkbank)
        try werkbank.wijzigAfspraak(casus: casus, nummer: nummer, afspraak, door: door)
    }

    /// Ids or sticker codes to ids; an unknown one is an error with the nearest id.
    static func ids(_ items: [String], casus: String, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> [String] {
        guard !items.isEmpty else { return [] }
        let tijdlijn = try WerkbankAnalyse.tijdlijn(casus: casus, in: werkbank)
        var uit: [String] = []
        for item in items { uit.append(try itemId(item, casus: casus, in: tijdlijn, werkbank: werkbank)) }
        return uit
    }
}
