/// `parallel-ouderschap-als-laatste-strohalm`: parallel parenting started only after
/// together-help failed again and again.
public struct ParallelOuderschapAlsLaatsteStrohalm: PatroonRegel {
    public static let id = "parallel-ouderschap-als-laatste-strohalm"
    public static let titel = "Parallel ouderschap als laatste strohalm"
    public static let thema = Thema.dogmas
    public static let minEerder = Drempel(patroon: id, sleutel: "min_eerder", standaard: 2,
        minimum: 1, uitleg: "minimaal aantal samen-hulp dat eerder zonder succes eindigde")
    public static var drempels: [Drempel] { [minEerder] }

    public init() {}

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        let items = chronologisch(tijdlijn.interventies) { $0.start }
        let mislukteSamenHulp = items.compactMap { item in
            item.inhoud.soort.isSamenHulp && item.inhoud.isZonderSucces
                ? item.inhoud.eindDag.map { (item, $0) } : nil
        }
        return items.filter { $0.inhoud.soort == .parallelOuderschap }.compactMap { parallel in
            // "Starts after … ended": its first day is on or after the last day of their end.
            let eerder = mislukteSamenHulp.filter { $0.1 <= parallel.inhoud.startDag }.map(\.0)
            guard eerder.count >= instellingen[Self.minEerder] else { return nil }
            let p = parallel.inhoud
            let zin = Leesbaar.zin(Leesbaar.interventie(p)) + " begon \(Leesbaar.moment(p.start)), nadat "
                + "\(Leesbaar.aantal(eerder.count, "interventie", "interventies")) om de ouders samen aan tafel te krijgen zonder succes "
                + "\(eerder.count == 1 ? "was" : "waren") geëindigd (\(Leesbaar.opsomming(eerder.map { Leesbaar.interventie($0.inhoud) })))."
            return bevinding(zin, bewijs: [parallel.id] + eerder.map(\.id))
        }
    }
}
