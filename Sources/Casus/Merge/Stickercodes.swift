/// A short code for an item on the paper wall (`G12`, `I3`, `K2`, `R4`), so a
/// sticky note can name its item.
public struct Stickercode: Sendable, Hashable {
    public var code: String
    public var item: String

    public init(code: String, item: String) {
        self.code = code
        self.item = item
    }
}

/// The codes already given (by the workbench, which points each at its item's
/// current id); empty in folder mode, where codes simply follow date order.
public struct Codeboek: Sendable, Hashable {
    public var codes: [Stickercode]

    public init(_ codes: [Stickercode] = []) { self.codes = codes }
}

/// The one place that gives sticker codes and reads them back. Every command
/// (and the web server) resolves what a user typed through `zoek`.
public enum Stickercodes {
    /// (letter, number) of a code such as `G12` or `g12`; nil for anything else.
    static func ontleed(_ tekst: String) -> (letter: String, nummer: Int)? {
        let schoon = tekst.trimmingCharacters(in: .whitespaces).uppercased()
        guard let eerste = schoon.first, ["G", "I", "K", "R"].contains(eerste),
              let nummer = Int(schoon.dropFirst()), nummer > 0,
              schoon.dropFirst().allSatisfy(\.isASCII) else { return nil }
        return (String(eerste), nummer)
    }

    /// Puts a code on every dated item: its code from the book (by id, or through
    /// a koppel alias), else the next free number of its letter, new items in
    /// date order. Returns the codes given now.
    @discardableResult
    public static func geef(_ boek: Codeboek, aan t: inout Tijdlijn) -> [Stickercode] {
        let ids = t.itemIds
        var perItem: [String: String] = [:]
        var hoogste: [String: Int] = [:]
        for c in boek.codes {
            if let (letter, nummer) = ontleed(c.code) { hoogste[letter] = max(hoogste[letter] ?? 0, nummer) }
        }
        // Exact ids first, so an item keeps its own code over one that followed it.
        for c in boek.codes where ids.contains(c.item) && perItem[c.item] == nil {
            perItem[c.item] = c.code
        }
        for c in boek.codes {
            guard let doel = t.huidigId(c.item), perItem[doel] == nil else { continue }
            perItem[doel] = c.code
        }
        var nieuw: [Stickercode] = []
        for (id, letter) in gedateerd(t) where perItem[id] == nil {
            let nummer = (hoogste[letter] ?? 0) + 1
            hoogste[letter] = nummer
            perItem[id] = "\(letter)\(nummer)"
            nieuw.append(Stickercode(code: "\(letter)\(nummer)", item: id))
        }
        zet(perItem, &t)
        return nieuw
    }

    /// The item id a user means: an item id, a joined-away id, or a sticker
    /// code (any case). Nil when nothing matches.
    public static func zoek(_ verwijzing: String, in t: Tijdlijn, boek: Codeboek = Codeboek()) -> String? {
        let tekst = verwijzing.trimmingCharacters(in: .whitespaces)
        if let id = t.huidigId(tekst) { return id }
        guard let (letter, nummer) = ontleed(tekst) else { return nil }
        let code = "\(letter)\(nummer)"
        if let id = t.itemMetCode(code) { return id }
        guard let rij = boek.codes.first(where: { $0.code == code }) else { return nil }
        return t.huidigId(rij.item)
    }

    /// Dated items with their letter, in the order codes are handed out: by date, then id.
    private static func gedateerd(_ t: Tijdlijn) -> [(String, String)] {
        let alle: [(id: String, letter: String, datum: Datum)] =
            t.gebeurtenissen.map { ($0.id, "G", $0.inhoud.datum) } + t.interventies.map { ($0.id, "I", $0.inhoud.start) }
            + t.kader.map { ($0.id, "K", $0.inhoud.datum) } + t.regie.map { ($0.id, "R", $0.inhoud.vanaf) }
        return alle.sorted { ($0.datum.van, $0.datum.tot, $0.id) < ($1.datum.van, $1.datum.tot, $1.id) }
            .map { ($0.id, $0.letter) }
    }

    private static func zet(_ codes: [String: String], _ t: inout Tijdlijn) {
        for i in t.gebeurtenissen.indices { t.gebeurtenissen[i].code = codes[t.gebeurtenissen[i].id] }
        for i in t.interventies.indices { t.interventies[i].code = codes[t.interventies[i].id] }
        for i in t.kader.indices { t.kader[i].code = codes[t.kader[i].id] }
        for i in t.regie.indices { t.regie[i].code = codes[t.regie[i].id] }
    }
}

extension Tijdlijn {
    /// The item that carries this sticker code now.
    public func itemMetCode(_ code: String) -> String? {
        gebeurtenissen.first { $0.code == code }?.id ?? interventies.first { $0.code == code }?.id
            ?? kader.first { $0.code == code }?.id ?? regie.first { $0.code == code }?.id
    }

    /// The sticker code of an item, if it has one.
    public func code(van id: String) -> String? {
        gebeurtenissen.first { $0.id == id }?.code ?? interventies.first { $0.id == id }?.code
            ?? kader.first { $0.id == id }?.code ?? regie.first { $0.id == id }?.code
    }
}

extension Tijdlijn {
    /// The sticker code of an item, or its id when it has none.
    public func sticker(_ id: String) -> String { code(van: id) ?? id }

    /// The kind of an item (`gebeurtenis`, `regiewissel`, …), nil when unknown.
    public func soort(van id: String) -> String? {
        if gezinsleden.contains(where: { $0.id == id }) { return "gezinslid" }
        if netwerk.contains(where: { $0.id == id }) { return "netwerk" }
        if gebeurtenissen.contains(where: { $0.id == id }) { return "gebeurtenis" }
        if interventies.contains(where: { $0.id == id }) { return "interventie" }
        if kader.contains(where: { $0.id == id }) { return "kader" }
        if regie.contains(where: { $0.id == id }) { return "regie" }
        if regiewisselingen.contains(where: { $0.id == id }) { return "regiewissel" }
        return nil
    }

    /// How the item reads on the wall: date and label.
    public func getoond(_ id: String) -> String {
        guard let item = BewijsIndex(self)[id] else { return id }
        return [item.wanneer, item.label].compactMap { $0 }.joined(separator: " · ")
    }
}
