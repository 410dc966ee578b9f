import Casus

/// The session's edits from the command line, each checked against the casus
/// as merged now: an annotation or correction must name an item that exists.
public enum SessieBewerking {
    public static func annoteer(casus: String, _ annotatie: Annotatie, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Int64 {
        let tijdlijn = try WerkbankSamenvoeging.tijdlijn(casus: casus, in: werkbank).0.tijdlijn
        return try annoteer(casus: casus, annotatie, tegen: tijdlijn, in: werkbank)
    }

    /// For many annotations in a row (a session, a test) against a timeline merged once.
    public static func annoteer(casus: String, _ annotatie: Annotatie, tegen tijdlijn: Tijdlijn,
                                in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Int64 {
        try bestaat(annotatie.item, casus: casus, in: tijdlijn)
        return try werkbank.annoteer(casus: casus, annotatie, anker: tijdlijn.anker(voor: annotatie.item))
    }

    public static func koppel(casus: String, _ koppeling: Koppeling, door: String,
                              in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Int64 {
        let tijdlijn = try WerkbankSamenvoeging.tijdlijn(casus: casus, in: werkbank).0.tijdlijn
        for item in koppeling.items { try bestaat(item, casus: casus, in: tijdlijn) }
        return try werkbank.koppel(casus: casus, koppeling, door: door)
    }

    public static func ontkoppel(casus: String, _ ontkoppeling: Ontkoppeling, door: String,
                                 in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Int64 {
        let tijdlijn = try WerkbankSamenvoeging.tijdlijn(casus: casus, in: werkbank).0.tijdlijn
        try bestaat(ontkoppeling.item, casus: casus, in: tijdlijn)
        let bronnen = tijdlijn.bronnenVan(item: ontkoppeling.item)
        guard bronnen.contains(ontkoppeling.bron) else {
            throw WerkbankFout.ongeldig(
                "item '\(ontkoppeling.item)' komt niet van bron '\(ontkoppeling.bron)'; het komt van: \(bronnen.joined(separator: ", "))")
        }
        return try werkbank.ontkoppel(casus: casus, ontkoppeling, door: door)
    }

    static func bestaat(_ item: String, casus: String, in tijdlijn: Tijdlijn) throws(WerkbankFout) {
        let ids = tijdlijn.ankers.map(\.id)
        guard !ids.contains(item) else { return }
        throw WerkbankFout.onbekendItem(casus: casus, item: item,
                                        suggestie: Suggestie.dichtstbij(item, uit: ids))
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
