/// Looks up an evidence id in the merged casus: its label and dates for the text view,
/// and its first day for ordering findings.
struct BewijsIndex {
    struct Item {
        var label: String
        var wanneer: String?
        var eersteDag: Dag?
    }

    private var items: [String: Item] = [:]

    init(_ t: Tijdlijn) {
        for g in t.gezinsleden {
            // No name and no birth date: the role and id say who is meant.
            items[g.id] = Item(label: "\(g.inhoud.rol.rawValue) \(g.inhoud.id)", wanneer: nil,
                               eersteDag: nil)
        }
        for n in t.netwerk {
            items[n.id] = Item(label: "\(n.inhoud.rol), \(n.inhoud.invloed.rawValue)",
                               wanneer: nil, eersteDag: nil)
        }
        for g in t.gebeurtenissen {
            items[g.id] = Item(label: "\(g.inhoud.soort.rawValue): \(Self.kortAf(g.inhoud.wat))",
                               wanneer: Leesbaar.kort(g.inhoud.datum), eersteDag: g.inhoud.datum.van)
        }
        for i in t.interventies {
            let v = i.inhoud
            items[i.id] = Item(label: Leesbaar.interventie(v) + ", afloop \(v.afloop?.rawValue ?? "onbekend")",
                               wanneer: Leesbaar.looptijd(v.start, v.einde), eersteDag: v.start.van)
        }
        for k in t.kader {
            let v = k.inhoud
            var label = "\(v.van.rawValue) → \(v.naar.rawValue)"
            if let m = v.maatregel { label += " (\(Leesbaar.maatregel(m)))" }
            label += ", reden \(v.reden?.rawValue ?? "onbekend")"
            items[k.id] = Item(label: label, wanneer: Leesbaar.kort(v.datum), eersteDag: v.datum.van)
        }
        for r in t.regie {
            let v = r.inhoud
            var label = "regie " + Leesbaar.regiehouder(v)
            if let o = v.overdracht { label += ", overdracht \(o.rawValue)" }
            items[r.id] = Item(label: label, wanneer: Leesbaar.looptijd(v.vanaf, v.tot),
                               eersteDag: v.vanaf.van)
        }
        for w in t.regiewisselingen {
            items[w.id] = Item(label: "regiewissel", wanneer: Leesbaar.kort(w.datum),
                               eersteDag: w.datum.van)
        }
    }

    subscript(id: String) -> Item? { items[id] }

    /// The earliest day among a finding's evidence; nil when none is dated.
    func eersteDag(_ bewijs: [String]) -> Dag? {
        bewijs.compactMap { items[$0]?.eersteDag }.min()
    }

    static func kortAf(_ tekst: String, tot lengte: Int = 60) -> String {
        let regel = tekst.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return regel.count <= lengte ? regel : String(regel.prefix(lengte - 1)) + "…"
    }
}
