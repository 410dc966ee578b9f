import Yams

/// Checks sessie.yaml against the merged timeline: an annotation on an item that
/// does not exist would be lost from the wall, so the facilitator hears of it.
enum SessieControle {
    static func meldingen(_ invoer: CasusInvoer) -> [Melding] {
        guard invoer.sessie != nil, invoer.sessiePad != nil, !invoer.meldingen.heeftFouten else {
            return []
        }
        let resultaat = Samenvoeger.voegSamen(invoer)
        return resultaat.meldingen + onbekendeItems(invoer, tijdlijn: resultaat.tijdlijn)
    }

    /// Annotations on items the merged timeline does not have (also used by rode-draden,
    /// which has merged already).
    static func onbekendeItems(_ invoer: CasusInvoer, tijdlijn: Tijdlijn) -> [Melding] {
        guard let sessie = invoer.sessie, let pad = invoer.sessiePad else { return [] }
        let ids = tijdlijn.itemIds
        guard sessie.annotaties.contains(where: { tijdlijn.huidigId($0.item) == nil }) else { return [] }
        let itemNodes = annotatieItemNodes(pad: pad)
        var meldingen: [Melding] = []
        for (index, annotatie) in sessie.annotaties.enumerated() where tijdlijn.huidigId(annotatie.item) == nil {
            let node = index < itemNodes.count ? itemNodes[index] : nil
            let suggestie = Suggestie.dichtstbij(annotatie.item, uit: ids.sorted())
            meldingen.append(.waarschuwing(
                "annotatie op onbekend item '\(annotatie.item)'" + (suggestie.map { "; bedoelde je \($0)?" } ?? ""),
                pad: pad, regel: node?.mark?.line ?? 1, kolom: node?.mark?.column ?? 1,
                hint: "gebruik een id uit `casus tijdlijn \(invoer.map)`; de annotatie blijft bewaard maar staat niet op de tijdlijn"))
        }
        return meldingen
    }

    /// The `item` node of each annotation, in order, for places in messages.
    static func annotatieItemNodes(pad: String) -> [Node?] {
        guard let tekst = BestandLezer.lees(pad: pad).tekst, let root = YamlBron.parse(tekst, pad: pad).root,
              case .sequence(let annotaties)? = root["annotaties"] else { return [] }
        return annotaties.map { $0["item"] }
    }
}
