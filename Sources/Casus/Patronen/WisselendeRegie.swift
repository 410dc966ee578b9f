/// `wisselende-regie`: the case lead changing hands again and again.
public struct WisselendeRegie: PatroonRegel {
    public static let id = "wisselende-regie"
    public static let titel = "Steeds wisselende regie"
    public static let thema = Thema.professionals
    public static let minWissels = Drempel(patroon: id, sleutel: "min_wissels", standaard: 3,
        minimum: 1, uitleg: "minimaal aantal regiewisselingen binnen het venster")
    public static let vensterMaanden = Drempel(patroon: id, sleutel: "venster_maanden",
        standaard: 24, minimum: 1, uitleg: "lengte van het venster in maanden")
    public static var drempels: [Drempel] { [minWissels, vensterMaanden] }

    public init() {}

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        let wissels = tijdlijn.regiewisselingen.sorted {
            ($0.datum.van, $0.datum.tot, $0.id) < ($1.datum.van, $1.datum.tot, $1.id)
        }
        let minimum = instellingen[Self.minWissels], maanden = instellingen[Self.vensterMaanden]
        // Every window that starts at a wissel and holds enough of them; the window is
        // inclusive: a wissel exactly `maanden` later still falls within it.
        var reeksen: [ClosedRange<Int>] = []
        for i in wissels.indices {
            let grens = wissels[i].datum.van.plus(maanden: maanden)
            var j = i
            while j + 1 < wissels.count, wissels[j + 1].datum.van <= grens { j += 1 }
            guard j - i + 1 >= minimum else { continue }
            // Overlapping windows are one stretch of changing regie: one finding.
            if let laatste = reeksen.last, laatste.upperBound >= i {
                reeksen[reeksen.count - 1] = laatste.lowerBound...max(laatste.upperBound, j)
            } else {
                reeksen.append(i...j)
            }
        }
        let perioden = chronologisch(tijdlijn.regie) { $0.vanaf }
        return reeksen.map { reeks in
            let deel = Array(wissels[reeks])
            let ids = Set(deel.flatMap { [$0.van, $0.naar] })
            let betrokken = perioden.filter { ids.contains($0.id) }
            // Ids a wissel names but the casus lacks stay in the evidence, after the rest.
            let los = ids.subtracting(betrokken.map(\.id)).sorted()
            return bevinding(uitleg(deel, betrokken.map(\.inhoud), minimum: minimum, maanden: maanden),
                             bewijs: betrokken.map(\.id) + los)
        }
    }

    private func uitleg(_ wissels: [Regiewissel], _ perioden: [Regieperiode], minimum: Int,
                        maanden: Int) -> String {
        guard let eerste = wissels.first, let laatste = wissels.last else { return "" }
        var zin = "De regie wisselde \(wissels.count) keer tussen \(Leesbaar.datum(eerste.datum)) "
            + "en \(Leesbaar.datum(laatste.datum))"
        if wissels.count > minimum {
            zin += ", waarvan \(minimum) keer of vaker binnen \(maanden) maanden"
        } else {
            zin += ", binnen \(maanden) maanden"
        }
        if !perioden.isEmpty {
            zin += ": " + perioden.map(Leesbaar.regiehouder).joined(separator: " → ")
        }
        return zin + "."
    }
}
