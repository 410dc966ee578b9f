/// The facilitator's corrections from `sessie.yaml`, applied on top of the
/// automatic merge: first every `ontkoppel` (in file order), then every `koppel`,
/// so a split-off entry can be joined elsewhere by its new id. A correction that
/// cannot be applied is a waarschuwing and changes nothing.
struct Correcties {
    let pad: String
    private(set) var meldingen: [Melding] = []
    /// Corrections the merge skipped (obsolete after a re-import, or never possible), with why.
    private(set) var overgeslagen: [OvergeslagenCorrectie] = []
    private var huidige: (soort: OvergeslagenCorrectie.Soort, index: Int) = (.koppel, 0)
    /// Joined-away id → the id it was joined into, so a later koppel may name either.
    private var samengevoegd: [String: String] = [:]

    init(pad: String) { self.pad = pad }

    mutating func pasToe(_ sessie: Sessie, op werk: inout Werkset) {
        for (i, ontkoppeling) in sessie.ontkoppel.enumerated() {
            huidige = (.ontkoppel, i)
            ontkoppel(ontkoppeling, &werk)
        }
        for (i, koppeling) in sessie.koppel.enumerated() {
            huidige = (.koppel, i)
            koppel(koppeling, &werk)
        }
    }

    // MARK: ontkoppel

    private mutating func ontkoppel(_ o: Ontkoppeling, _ werk: inout Werkset) {
        guard let soort = werk.soort(van: o.item) else {
            waarschuw("ontkoppel: item \(o.item) bestaat niet in de samengevoegde tijdlijn",
                      hint: "Gebruik een id uit `casus tijdlijn`; deze correctie is overgeslagen.")
            return
        }
        var bezet = werk.alleIds
        switch soort {
        case .gezinslid: splits(&werk.gezinsleden, o, &bezet)
        case .netwerk: splits(&werk.netwerk, o, &bezet)
        case .gebeurtenis: splits(&werk.gebeurtenissen, o, &bezet)
        case .interventie: splits(&werk.interventies, o, &bezet)
        case .kader: splits(&werk.kader, o, &bezet)
        case .regie: splits(&werk.regie, o, &bezet)
        }
    }

    /// The source's entries leave the item and become an item of their own,
    /// with id `<item>-<bron>`; the rest keeps the item's id.
    private mutating func splits<T>(_ groepen: inout [Groep<T>], _ o: Ontkoppeling,
                                    _ bezet: inout Set<String>) {
        guard let i = groepen.firstIndex(where: { $0.id == o.item }) else { return }
        let los = groepen[i].invoer.filter { $0.bron == o.bron }
        let rest = groepen[i].invoer.filter { $0.bron != o.bron }
        if los.isEmpty {
            waarschuw("ontkoppel: bron \(o.bron) hoort niet bij item \(o.item)",
                      hint: "Bronnen van dit item: \(groepen[i].bronnen.joined(separator: ", ")).")
            return
        }
        if rest.isEmpty {
            waarschuw("ontkoppel: item \(o.item) komt alleen van bron \(o.bron); er valt niets los te koppelen",
                      hint: "Deze correctie is overgeslagen.")
            return
        }
        groepen[i] = groepen[i].met(rest)
        var nieuw = Groep(los, kennis: groepen[i].kennis)
        nieuw.id = IdToewijzing.vrij(o.item + "-" + o.bron, &bezet)
        groepen.append(nieuw)
    }

    // MARK: koppel

    private mutating func koppel(_ k: Koppeling, _ werk: inout Werkset) {
        var ids: [String] = []
        for id in k.items.map(huidig) where !ids.contains(id) { ids.append(id) }
        let onbekend = ids.filter { werk.soort(van: $0) == nil }
        if !onbekend.isEmpty {
            waarschuw("koppel: \(onbekend.count == 1 ? "item" : "items") \(onbekend.joined(separator: ", ")) "
                          + "\(onbekend.count == 1 ? "bestaat" : "bestaan") niet in de samengevoegde tijdlijn",
                      hint: "Gebruik ids uit `casus tijdlijn`; deze koppeling is overgeslagen.")
            return
        }
        guard ids.count >= 2 else {
            waarschuw("koppel: een koppeling noemt minstens twee verschillende items",
                      hint: "Deze koppeling (\(ids.joined(separator: ", "))) is overgeslagen.")
            return
        }
        let soorten = Set(ids.compactMap { werk.soort(van: $0) })
        guard soorten.count == 1, let soort = soorten.first else {
            let namen = soorten.map(\.rawValue).sorted().joined(separator: ", ")
            waarschuw("koppel: \(ids.joined(separator: ", ")) zijn items van verschillende soort (\(namen))",
                      hint: "Alleen items van dezelfde soort kunnen één item worden; overgeslagen.")
            return
        }
        switch soort {
        case .gezinslid: voegSamen(&werk.gezinsleden, ids)
        case .netwerk: voegSamen(&werk.netwerk, ids)
        case .gebeurtenis: voegSamen(&werk.gebeurtenissen, ids)
        case .interventie: voegSamen(&werk.interventies, ids)
        case .kader: voegSamen(&werk.kader, ids)
        case .regie: voegSamen(&werk.regie, ids)
        }
        for id in ids.dropFirst() { samengevoegd[id] = ids[0] }
        for (van, naar) in samengevoegd where ids.dropFirst().contains(naar) { samengevoegd[van] = ids[0] }
    }

    private func huidig(_ id: String) -> String {
        var id = id
        while let naar = samengevoegd[id], naar != id { id = naar }
        return id
    }

    /// All entries go to the first named item, which keeps its id.
    private func voegSamen<T>(_ groepen: inout [Groep<T>], _ ids: [String]) {
        guard let doel = groepen.firstIndex(where: { $0.id == ids[0] }) else { return }
        var invoer = groepen[doel].invoer
        var aliassen = groepen[doel].aliassen
        for id in ids.dropFirst() {
            if let j = groepen.firstIndex(where: { $0.id == id }) {
                invoer += groepen[j].invoer
                aliassen += [id] + groepen[j].aliassen
            }
        }
        var samen = groepen[doel].met(invoer)
        samen.aliassen = Array(Set(aliassen)).sorted()
        groepen.removeAll { ids.contains($0.id) }
        groepen.append(samen)
    }

    private mutating func waarschuw(_ bericht: String, hint: String) {
        meldingen.append(.waarschuwing(bericht, pad: pad, hint: hint))
        overgeslagen.append(OvergeslagenCorrectie(soort: huidige.soort, index: huidige.index, reden: bericht))
    }
}

/// A correction from the session that the merge did not apply: the `index`-th
/// entry of `koppel` or `ontkoppel`, and why (the same words as its waarschuwing).
public struct OvergeslagenCorrectie: Sendable, Hashable, Codable {
    public enum Soort: String, Sendable, Hashable, Codable { case koppel, ontkoppel }
    public var soort: Soort
    public var index: Int
    public var reden: String
}
