import Casus

/// What a stored correction did, in the facilitator's words.
public struct CorrectieUitkomst: Sendable, Hashable {
    public var nummer: Int64
    /// For example "G12 en G14 zijn nu één item (G12); getoond: jan 2022 · incident: …".
    public var wat: String
}

/// koppel and ontkoppel are tried on the merged casus before they are stored:
/// one the merge would skip is refused with its reason, never stored as success.
/// `probeer…` only tries: what the wall would show, for a preview before confirming.
extension SessieBewerking {
    public static func koppel(casus: String, _ koppeling: Koppeling, door: String,
                              in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> CorrectieUitkomst {
        let (schoon, wat) = try probeerKoppel(casus: casus, koppeling, in: werkbank)
        return CorrectieUitkomst(nummer: try werkbank.koppel(casus: casus, schoon, door: door), wat: wat)
    }

    public static func ontkoppel(casus: String, _ ontkoppeling: Ontkoppeling, door: String,
                                 in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> CorrectieUitkomst {
        let (schoon, wat) = try probeerOntkoppel(casus: casus, ontkoppeling, in: werkbank)
        return CorrectieUitkomst(nummer: try werkbank.ontkoppel(casus: casus, schoon, door: door), wat: wat)
    }

    /// The koppeling with ids (not codes) and what the wall would show with it; nothing is stored.
    public static func probeerKoppel(casus: String, _ koppeling: Koppeling,
                                     in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> (Koppeling, String) {
        let proef = try Correctieproef(casus: casus, werkbank: werkbank)
        let t = proef.voor
        var ids: [String] = []
        for verwijzing in koppeling.items {
            let id = try itemId(verwijzing, casus: casus, in: t, werkbank: werkbank)
            if !ids.contains(id) { ids.append(id) }
        }
        let namen = ids.map(t.sticker).joined(separator: " en ")
        guard ids.count >= 2 else {
            throw WerkbankFout.correctieOnmogelijk(
                casus: casus, reden: "\(koppeling.items.joined(separator: " en ")) zijn al één item (\(namen))")
        }
        let soorten = ids.map { t.soort(van: $0) ?? "onbekend" }
        if soorten.contains("regiewissel") {
            throw WerkbankFout.correctieOnmogelijk(
                casus: casus, reden: "een regiewissel is afgeleid uit de regieperioden en kan niet worden gekoppeld")
        }
        guard Set(soorten).count == 1 else {
            let wat = zip(ids, soorten).map { "\(t.sticker($0)) is een \($1)" }.joined(separator: ", ")
            throw WerkbankFout.correctieOnmogelijk(
                casus: casus, reden: "\(wat): alleen items van dezelfde soort kunnen één item worden")
        }
        let schoon = Koppeling(items: ids, toelichting: koppeling.toelichting)
        var sessie = proef.sessie
        sessie.koppel.append(schoon)
        let na = try proef.probeer(sessie)
        return (schoon, "\(namen) zijn nu één item (\(na.sticker(ids[0])))" + "; getoond: \(na.getoond(ids[0]))")
    }

    /// The ontkoppeling with an id and what the wall would show with it; nothing is stored.
    public static func probeerOntkoppel(casus: String, _ ontkoppeling: Ontkoppeling,
                                        in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> (Ontkoppeling, String) {
        let proef = try Correctieproef(casus: casus, werkbank: werkbank)
        let t = proef.voor
        let item = try itemId(ontkoppeling.item, casus: casus, in: t, werkbank: werkbank)
        let bronnen = t.bronnenVan(item: item)
        guard bronnen.contains(ontkoppeling.bron) else {
            let reden = bronnen.isEmpty
                ? "\(t.sticker(item)) is afgeleid en heeft geen bronnen om los te koppelen"
                : "\(t.sticker(item)) komt niet van bron '\(ontkoppeling.bron)'; het komt van: \(bronnen.joined(separator: ", "))"
            throw WerkbankFout.correctieOnmogelijk(casus: casus, reden: reden)
        }
        guard bronnen.count > 1 else {
            throw WerkbankFout.correctieOnmogelijk(
                casus: casus, reden: "\(t.sticker(item)) komt alleen van bron \(ontkoppeling.bron); er valt niets los te koppelen")
        }
        let schoon = Ontkoppeling(item: item, bron: ontkoppeling.bron, toelichting: ontkoppeling.toelichting)
        var sessie = proef.sessie
        sessie.ontkoppel.append(schoon)
        let na = try proef.probeer(sessie)
        let los = na.ankers.map(\.id).filter { !t.itemIds.contains($0) && na.bronnenVan(item: $0) == [schoon.bron] }
        var wat = "bron \(schoon.bron) is los van \(t.sticker(item)); getoond: \(na.getoond(item))"
        if let nieuw = los.first { wat += "; nieuw item \(na.sticker(nieuw)): \(na.getoond(nieuw))" }
        return (schoon, wat)
    }
}

extension SessieBewerking {
    /// Tries a pick (`kies`) on the merged casus before it is stored: a field
    /// without several values, or a source without a value for it, is refused
    /// with the reason. Returns how the item reads on the wall with the pick.
    @discardableResult
    public static func probeerKeuze(casus: String, _ keuze: Keuze,
                                    in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> String {
        let proef = try Correctieproef(casus: casus, werkbank: werkbank)
        var sessie = proef.sessie
        sessie.kies.removeAll { $0.item == keuze.item && $0.veld == keuze.veld }
        sessie.kies.append(keuze)
        let na = try proef.probeer(sessie)
        return "\(na.sticker(keuze.item)) toont nu: \(na.getoond(keuze.item))"
    }

    /// How an item (id or sticker code) reads on the wall now: "G12: 22 jan 2022 · incident: …".
    public static func beschrijf(casus: String, item: String, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> String {
        let t = try WerkbankAnalyse.tijdlijn(casus: casus, in: werkbank)
        let id = try itemId(item, casus: casus, in: t, werkbank: werkbank)
        return "\(t.sticker(id)) toont nu: \(t.getoond(id))"
    }
}

/// The casus merged as it is, and a way to merge it with one more correction.
struct Correctieproef {
    let casus: String
    let werkbank: any WerkbankOpslag
    let opgeslagen: [OpgeslagenFormat]
    let sessie: Sessie
    let voor: Tijdlijn
    private let meldingen: Set<String>

    init(casus: String, werkbank: any WerkbankOpslag) throws(WerkbankFout) {
        self.casus = casus
        self.werkbank = werkbank
        (opgeslagen, sessie) = try werkbank.momentopname(casus: casus)
        var (resultaat, _) = WerkbankSamenvoeging.samenvoegen(casus: casus, opgeslagen, sessie: sessie)
        _ = try WerkbankSamenvoeging.codeer(casus: casus, &resultaat.tijdlijn, in: werkbank)
        voor = resultaat.tijdlijn
        meldingen = Set(resultaat.meldingen.map(\.bericht))
    }

    /// The timeline with `sessie` applied, with codes; a warning that the
    /// correction caused (the merge would skip it) refuses it.
    func probeer(_ sessie: Sessie) throws(WerkbankFout) -> Tijdlijn {
        var (resultaat, _) = WerkbankSamenvoeging.samenvoegen(casus: casus, opgeslagen, sessie: sessie)
        let nieuw = resultaat.meldingen.filter { !meldingen.contains($0.bericht) }
        if !nieuw.isEmpty {
            throw WerkbankFout.correctieOnmogelijk(casus: casus, reden: nieuw.map(\.bericht).joined(separator: "; "))
        }
        Stickercodes.geef(try werkbank.codeboek(casus: casus, voor: resultaat.tijdlijn), aan: &resultaat.tijdlijn)
        return resultaat.tijdlijn
    }
}
