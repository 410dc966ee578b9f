import Casus

/// The session's edits from the command line, each checked against the casus
/// as merged now: an annotation or correction must name an item that exists.
/// Items may be named by id or by sticker code (`G12`); what is stored is the id.
public enum SessieBewerking {
    public static func annoteer(casus: String, _ annotatie: Annotatie, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Int64 {
        let tijdlijn = try WerkbankAnalyse.tijdlijn(casus: casus, in: werkbank)
        return try annoteer(casus: casus, annotatie, tegen: tijdlijn, in: werkbank)
    }

    /// For many annotations in a row (a session, a test) against a timeline merged once.
    public static func annoteer(casus: String, _ annotatie: Annotatie, tegen tijdlijn: Tijdlijn,
                                in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Int64 {
        var a = annotatie
        a.item = try itemId(a.item, casus: casus, in: tijdlijn, werkbank: werkbank)
        return try werkbank.annoteer(casus: casus, a, anker: tijdlijn.anker(voor: a.item))
    }

    /// The item id meant by an id, a joined-away id or a sticker code; an
    /// unknown one is an error with the nearest id. The one door for every
    /// command (and the web server) that takes an item.
    public static func itemId(_ verwijzing: String, casus: String, in tijdlijn: Tijdlijn,
                              werkbank: any WerkbankOpslag) throws(WerkbankFout) -> String {
        if let id = Stickercodes.zoek(verwijzing, in: tijdlijn) { return id }
        if let id = Stickercodes.zoek(verwijzing, in: tijdlijn, boek: try werkbank.codeboek(casus: casus, voor: tijdlijn)) {
            return id
        }
        let ids = tijdlijn.ankers.map(\.id)
        throw WerkbankFout.onbekendItem(casus: casus, item: verwijzing,
                                        suggestie: Suggestie.dichtstbij(verwijzing, uit: ids))
    }
}

extension Tijdlijn {
    /// Source ids of one item, whatever its kind.
    func bronnenVan(item: String) -> [String] {
        (gezinsleden.first { $0.id == item }?.bronnen)
            ?? (netwerk.first { $0.id == item }?.bronnen)
            ?? (gebeurtenissen.first { $0.id == item }?.bronnen)
            ?? (interventies.first { $0.id == item }?.bronnen)
            ?? (kader.first { $0.id == item }?.bronnen)
            ?? (regie.first { $0.id == item }?.bronnen)
            ?? []
    }
}
