/// The facilitator's picks (`kies`, sessie/2), applied after the corrections on
/// the items' final ids: rule (a) of the shown value (docs/samenvoegen.md). A
/// later pick for the same item and field replaces an earlier one. A pick that
/// cannot be applied is a waarschuwing and changes nothing; an unknown item is
/// already reported by `SessieControle`.
enum Keuzes {
    static func pasToe(_ keuzes: [Keuze], op werk: inout Werkset, pad: String) -> [Melding] {
        var perItem: [String: [String: Voorkeur]] = [:]
        for k in keuzes {
            guard let id = werk.huidigId(k.item) else { continue }
            perItem[id, default: [:]][k.veld] = Voorkeur(bron: k.bron, tekst: k.tekst)
        }
        var meldingen: [Melding] = []
        func zet<T>(_ groepen: inout [Groep<T>], _ id: String, _ voorkeuren: [String: Voorkeur]) {
            guard let i = groepen.firstIndex(where: { $0.id == id }) else { return }
            groepen[i] = groepen[i].met(groepen[i].invoer, voorkeuren: voorkeuren)
            for (veld, reden) in groepen[i].afgewezen {
                meldingen.append(.waarschuwing("kies: \(id), veld \(veld): \(reden)", pad: pad,
                                               hint: "De keuze is bewaard maar niet toegepast."))
            }
        }
        for (id, voorkeuren) in perItem.sorted(by: { $0.key < $1.key }) {
            zet(&werk.gezinsleden, id, voorkeuren)
            zet(&werk.netwerk, id, voorkeuren)
            zet(&werk.gebeurtenissen, id, voorkeuren)
            zet(&werk.interventies, id, voorkeuren)
            zet(&werk.kader, id, voorkeuren)
            zet(&werk.regie, id, voorkeuren)
        }
        return meldingen
    }
}

extension Werkset {
    /// The id of the item `id` names now: itself, or the item it was joined into.
    func huidigId(_ id: String) -> String? {
        if soort(van: id) != nil { return id }
        func zoek<T>(_ g: [Groep<T>]) -> String? { g.first { $0.aliassen.contains(id) }?.id }
        return zoek(gezinsleden) ?? zoek(netwerk) ?? zoek(gebeurtenissen) ?? zoek(interventies)
            ?? zoek(kader) ?? zoek(regie)
    }
}
