/// `abrupte-afschaling`: back to the voluntary framework with no help running on and
/// no warm handover of the case lead.
public struct AbrupteAfschaling: PatroonRegel {
    public static let id = "abrupte-afschaling"
    public static let titel = "Abrupte afschaling"
    public static let thema = Thema.processen
    public static let doorloopDagen = Drempel(patroon: id, sleutel: "doorloop_dagen",
        standaard: 90, uitleg: "zoveel dagen na de afschaling moet eerder gestarte hulp nog lopen")
    public static var drempels: [Drempel] { [doorloopDagen] }
    /// Fixed by the spec, not a threshold: the regie period "that starts within 31 days of T".
    static let regieDagen = 31

    public init() {}

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        let doorloop = instellingen[Self.doorloopDagen]
        return chronologisch(tijdlijn.kader) { $0.datum }.compactMap { item in
            let overgang = item.inhoud
            guard overgang.naar == .vrijwillig else { return nil }
            let t = overgang.datum.van
            let grens = t.plus(dagen: doorloop)
            let doorlopend = tijdlijn.interventies.contains {
                let i = $0.inhoud
                guard i.startDag < t else { return false }
                if let einde = i.einde { return einde.tot >= grens }
                return i.afloop == .lopend
            }
            guard !doorlopend else { return nil }
            let regie = chronologisch(tijdlijn.regie) { $0.vanaf }.map(\.inhoud).filter {
                abs($0.vanaf.van - t) <= Self.regieDagen
            }
            guard !regie.contains(where: { $0.overdracht == .warm }) else { return nil }
            var zin = Leesbaar.zin(Leesbaar.moment(overgang.datum)) + " volgde afschaling naar het vrijwillig kader"
            if let m = overgang.maatregel { zin += " (\(Leesbaar.maatregel(m)))" }
            zin += " zonder eerder gestarte hulp die nog minstens \(doorloop) dagen doorliep"
            if regie.isEmpty {
                zin += ", en binnen \(Self.regieDagen) dagen begon geen nieuwe regie"
            } else {
                let overdrachten = regie.map {
                    "\(Leesbaar.regiehouder($0)), overdracht \($0.overdracht?.rawValue ?? "onbekend")"
                }
                zin += ", en zonder warme overdracht van de regie (\(overdrachten.joined(separator: "; ")))"
            }
            return bevinding(zin + ".", bewijs: [item.id])
        }
    }
}
