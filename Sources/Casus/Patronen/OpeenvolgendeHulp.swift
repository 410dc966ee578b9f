/// `opeenvolgende-hulp`: help handed from provider to provider, each one ending
/// without result and the next one starting soon after.
public struct OpeenvolgendeHulp: PatroonRegel {
    public static let id = "opeenvolgende-hulp"
    public static let titel = "Opeenvolgende hulp"
    public static let thema = Thema.processen
    public static let minKeten = Drempel(patroon: id, sleutel: "min_keten", standaard: 3,
        minimum: 2, uitleg: "minimaal aantal interventies in de keten")
    public static let maxGatDagen = Drempel(patroon: id, sleutel: "max_gat_dagen", standaard: 183,
        uitleg: "hoogstens zoveel dagen na het einde van de vorige begint de volgende")
    public static let overlapDagen = Drempel(patroon: id, sleutel: "overlap_dagen", standaard: 31,
        uitleg: "hoogstens zoveel dagen vóór het einde van de vorige begint de volgende")
    public static var drempels: [Drempel] { [minKeten, maxGatDagen, overlapDagen] }

    public init() {}

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        let items = chronologisch(tijdlijn.interventies) { $0.start }
        let maxGat = instellingen[Self.maxGatDagen], overlap = instellingen[Self.overlapDagen]
        // j follows i: i was unsuccessful and has an end (see `Interventie.eindDag`), and j
        // starts at most maxGat days after it and at most `overlap` days before it. Starts
        // are sorted, so the scan stops at the first start too late.
        let opvolgers: [[Int]] = items.indices.map { i in
            let vorige = items[i].inhoud
            guard vorige.isZonderSucces, let einde = vorige.eindDag else { return [] }
            var volgend: [Int] = []
            for j in (i + 1)..<max(items.count, i + 1) {
                let gat = items[j].inhoud.startDag - einde
                if gat > maxGat { break }
                if gat >= -overlap { volgend.append(j) }
            }
            return volgend
        }
        var beschikbaar = [Bool](repeating: true, count: items.count)
        var ketens: [[Int]] = []
        // Greedy on the longest chain (ties: earliest start); its members are then used up,
        // so each maximal chain is reported once and never again as a shorter variant.
        while let keten = langsteKeten(opvolgers, beschikbaar),
              keten.count >= instellingen[Self.minKeten] {
            ketens.append(keten)
            for i in keten { beschikbaar[i] = false }
        }
        return ketens.sorted { $0[0] < $1[0] }.map { keten in
            let leden = keten.map { items[$0] }
            return bevinding(uitleg(leden.map(\.inhoud)), bewijs: leden.map(\.id))
        }
    }

    /// Longest path through the successor lists among the available indices (forward in
    /// time only, so there are no cycles); ties go to the earlier start at every step.
    private func langsteKeten(_ opvolgers: [[Int]], _ beschikbaar: [Bool]) -> [Int]? {
        var lengte = [Int](repeating: 0, count: opvolgers.count)
        var volgende = [Int?](repeating: nil, count: opvolgers.count)
        var beste: Int?
        for i in opvolgers.indices.reversed() where beschikbaar[i] {
            lengte[i] = 1
            for j in opvolgers[i] where beschikbaar[j] && lengte[j] + 1 > lengte[i] {
                lengte[i] = lengte[j] + 1
                volgende[i] = j
            }
            if lengte[i] >= (beste.map { lengte[$0] } ?? 0) { beste = i }
        }
        guard var i = beste else { return nil }
        var keten = [i]
        while let j = volgende[i] {
            keten.append(j)
            i = j
        }
        return keten
    }

    private func uitleg(_ keten: [Interventie]) -> String {
        guard let eerste = keten.first, let laatste = keten.last else { return "" }
        var zin = "\(keten.count) interventies na elkaar "
        if let einde = laatste.einde {
            zin += "van \(Leesbaar.datum(eerste.start)) tot \(Leesbaar.datum(einde))"
        } else {
            zin += "vanaf \(Leesbaar.datum(eerste.start)), de laatste gestart \(Leesbaar.moment(laatste.start))"
        }
        zin += " (\(Leesbaar.opsomming(keten.map(Leesbaar.interventie))))"
        let voorLaatste = keten.dropLast()
        let terug = voorLaatste.allSatisfy { $0.overdracht == .terugNaarRegie }
        let manier = terug ? "zonder resultaat teruggegeven aan de regie" : "zonder succes beëindigd"
        if laatste.isZonderSucces {
            zin += ", elk \(manier)"
        } else if laatste.afloop == .lopend {
            zin += ", elk \(manier) behalve de laatste, die nog loopt"
        } else if laatste.afloop == .doelBereikt {
            zin += ", elk \(manier), tot de laatste het doel bereikte"
        } else {
            zin += ", elk behalve de laatste \(manier) (afloop van de laatste: \(laatste.afloop?.rawValue ?? "onbekend"))"
        }
        let zonderEinde = voorLaatste.filter(\.eindeOnbekend).map(\.naam)
        if !zonderEinde.isEmpty {
            zin += "; van \(Leesbaar.opsomming(zonderEinde)) is geen einddatum bekend, gerekend is met de start"
        }
        return zin + "."
    }
}
