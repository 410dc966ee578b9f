import Foundation

/// `regie-onduidelijk`: two parties held (or thought they held) the case lead at once.
public struct RegieOnduidelijk: PatroonRegel {
    public static let id = "regie-onduidelijk"
    public static let titel = "Onduidelijke regie"
    public static let overlapDagen = Drempel(patroon: id, sleutel: "overlap_dagen", standaard: 31,
        uitleg: "meer dan zoveel dagen tegelijk regie bij verschillende partijen")
    public static var drempels: [Drempel] { [overlapDagen] }

    public init() {}

    struct Overlap {
        var a: Int
        var b: Int
        /// The written start of the later period: where the overlap begins.
        var vanaf: Datum
        /// nil: both periods are still running, the overlap has no end.
        var dagen: Int?
    }

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        let items = chronologisch(tijdlijn.regie) { $0.vanaf }
        let drempel = instellingen[Self.overlapDagen]
        var overlappen: [Overlap] = []
        for a in items.indices {
            for b in items.indices where b > a {
                let p = items[a].inhoud, q = items[b].inhoud
                guard Self.andereHouder(p, q) else { continue }
                let vanaf = q.vanaf.van > p.vanaf.van ? q.vanaf : p.vanaf
                // A period without `tot` is still running (spec): its end is open.
                let einden = [p.eindDag, q.eindDag].compactMap { $0 }
                let dagen = einden.min().map { $0 - vanaf.van }
                if let dagen, dagen <= drempel { continue }
                overlappen.append(Overlap(a: a, b: b, vanaf: vanaf, dagen: dagen))
            }
        }
        // Periods linked by overlaps form one finding: one tangle of regie, told once.
        var groep = Array(items.indices)
        func wortel(_ i: Int) -> Int { groep[i] == i ? i : wortel(groep[i]) }
        for o in overlappen { groep[wortel(o.b)] = wortel(o.a) }
        let wortels = Set(overlappen.map { wortel($0.a) }).sorted()
        return wortels.map { w in
            let leden = items.indices.filter { wortel($0) == w }
            let delen = overlappen.filter { wortel($0.a) == w }.map { o in
                let duur = o.dagen.map { "\($0) dagen" } ?? "zonder einddatum"
                return "\(Leesbaar.regiehouder(items[o.a].inhoud)) en "
                    + "\(Leesbaar.regiehouder(items[o.b].inhoud)) vanaf "
                    + "\(Leesbaar.datum(o.vanaf)) (\(duur))"
            }
            let zin = "De regie lag langer dan \(drempel) dagen bij meer dan één partij tegelijk: "
                + delen.joined(separator: "; ") + "."
            return bevinding(zin, bewijs: leden.map { items[$0].id })
        }
    }

    /// Another holder, as the merge derives a regiewissel: another role or organisation,
    /// or another municipality where both name one.
    static func andereHouder(_ a: Regieperiode, _ b: Regieperiode) -> Bool {
        func normaal(_ s: String) -> String {
            s.trimmingCharacters(in: .whitespaces).lowercased()
                .folding(options: .diacriticInsensitive, locale: nil)
        }
        if normaal(a.wie) != normaal(b.wie) || normaal(a.organisatie) != normaal(b.organisatie) {
            return true
        }
        guard let ga = a.gemeente, let gb = b.gemeente else { return false }
        return normaal(ga) != normaal(gb)
    }
}
