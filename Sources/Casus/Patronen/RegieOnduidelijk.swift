import Foundation

/// `regie-onduidelijk`: two parties held (or thought they held) the case lead at once.
public struct RegieOnduidelijk: PatroonRegel {
    public static let id = "regie-onduidelijk"
    public static let titel = "Onduidelijke regie"
    public static let thema = Thema.professionals
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
        let houders = items.map { Houder($0.inhoud) }
        let drempel = instellingen[Self.overlapDagen]
        var overlappen: [Overlap] = []
        for a in items.indices {
            let p = items[a].inhoud
            for b in (a + 1)..<max(items.count, a + 1) {
                let q = items[b].inhoud
                // Sorted by start: once p has ended too early for q, it has for every later one.
                if let einde = p.eindDag, einde - q.vanaf.van <= drempel { break }
                guard houders[a].isAnders(dan: houders[b]) else { continue }
                // A period without `tot` is still running (spec): its end is open.
                let dagen = [p.eindDag, q.eindDag].compactMap { $0 }.min().map { $0 - q.vanaf.van }
                if let dagen, dagen <= drempel { continue }
                overlappen.append(Overlap(a: a, b: b, vanaf: q.vanaf, dagen: dagen))
            }
        }
        // Periods linked by overlaps form one finding: one tangle of regie, told once.
        var groep = Array(items.indices)
        func wortel(_ i: Int) -> Int {
            var w = i
            while groep[w] != w { w = groep[w] }
            groep[i] = w
            return w
        }
        for o in overlappen { groep[wortel(o.b)] = wortel(o.a) }
        var perWortel: [Int: (leden: Set<Int>, delen: [String])] = [:]
        for o in overlappen {
            let duur = o.dagen.map { "\($0) dagen" } ?? "zonder einddatum"
            let deel = "\(Leesbaar.regiehouder(items[o.a].inhoud)) en "
                + "\(Leesbaar.regiehouder(items[o.b].inhoud)) vanaf \(Leesbaar.datum(o.vanaf)) (\(duur))"
            perWortel[wortel(o.a), default: ([], [])].leden.formUnion([o.a, o.b])
            perWortel[wortel(o.a), default: ([], [])].delen.append(deel)
        }
        return perWortel.keys.sorted().compactMap { w in
            guard let groep = perWortel[w] else { return nil }
            let zin = "De regie lag langer dan \(drempel) dagen bij meer dan één partij tegelijk: "
                + groep.delen.joined(separator: "; ") + "."
            return bevinding(zin, bewijs: groep.leden.sorted().map { items[$0].id })
        }
    }

    /// Who holds regie, compared as the merge derives a regiewissel: another role or
    /// organisation, or another municipality where both name one.
    struct Houder {
        var wie: String
        var organisatie: String
        var gemeente: String?

        init(_ r: Regieperiode) {
            wie = Self.normaal(r.wie)
            organisatie = Self.normaal(r.organisatie)
            gemeente = r.gemeente.map(Self.normaal)
        }

        func isAnders(dan ander: Houder) -> Bool {
            if wie != ander.wie || organisatie != ander.organisatie { return true }
            guard let g = gemeente, let h = ander.gemeente else { return false }
            return g != h
        }

        static func normaal(_ s: String) -> String {
            s.trimmingCharacters(in: .whitespaces).lowercased()
                .folding(options: .diacriticInsensitive, locale: nil)
        }
    }
}
