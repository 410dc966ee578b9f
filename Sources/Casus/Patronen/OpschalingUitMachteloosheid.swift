/// `opschaling-uit-machteloosheid`: a court order because voluntary help got nowhere,
/// not because a child was unsafe.
public struct OpschalingUitMachteloosheid: PatroonRegel {
    public static let id = "opschaling-uit-machteloosheid"
    public static let titel = "Opschaling uit machteloosheid"
    public static let thema = Thema.processen
    public static let vensterMaanden = Drempel(patroon: id, sleutel: "venster_maanden",
        standaard: 12, minimum: 1, uitleg: "zoveel maanden vóór de opschaling wordt gekeken")
    public static let minMislukt = Drempel(patroon: id, sleutel: "min_mislukt", standaard: 2,
        uitleg: "minimaal aantal interventies dat in dat venster zonder succes eindigde")
    public static var drempels: [Drempel] { [vensterMaanden, minMislukt] }

    public init() {}

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        let maanden = instellingen[Self.vensterMaanden]
        // Only unsuccessful interventies with an end can count; only safety concerns block.
        let mislukte = chronologisch(tijdlijn.interventies) { $0.start }.compactMap { item in
            item.inhoud.isZonderSucces ? item.inhoud.eindDag.map { (item, $0) } : nil
        }
        let zorgen = tijdlijn.gebeurtenissen.map(\.inhoud).filter { $0.veiligheid == .zorg }
        return chronologisch(tijdlijn.kader) { $0.datum }.compactMap { item in
            let overgang = item.inhoud
            guard overgang.naar == .gedwongen, overgang.reden != .onveiligheid else { return nil }
            // The window runs from `maanden` before the transition's first day up to the last
            // day of its written date: an interventie that ended "maart 2020" counts for a
            // transition in "maart 2020".
            let vanaf = overgang.datum.van.plus(maanden: -maanden)
            let tot = overgang.datum.tot
            let mislukt = mislukte.filter { $0.1 >= vanaf && $0.1 <= tot }.map(\.0)
            let zorg = zorgen.contains { $0.datum.tot >= vanaf && $0.datum.van <= tot }
            let machteloos = overgang.reden == .machteloosheid
            guard machteloos || (mislukt.count >= instellingen[Self.minMislukt] && !zorg) else {
                return nil
            }
            return bevinding(uitleg(overgang, mislukt.map(\.inhoud), maanden: maanden),
                             bewijs: [item.id] + mislukt.map(\.id))
        }
    }

    private func uitleg(_ overgang: KaderOvergang, _ mislukt: [Interventie], maanden: Int) -> String {
        var zin = Leesbaar.zin(Leesbaar.moment(overgang.datum)) + " volgde opschaling naar het gedwongen kader"
        if let m = overgang.maatregel { zin += " (\(Leesbaar.maatregel(m)))" }
        if overgang.reden == .machteloosheid {
            zin += " met als reden machteloosheid"
        } else {
            zin += " zonder dat onveiligheid als reden is genoemd en zonder gemelde zorg om de veiligheid"
        }
        let venster = Leesbaar.aantal(maanden, "maand", "maanden")
        if mislukt.isEmpty {
            zin += "; in de \(venster) ervoor eindigde geen interventie aantoonbaar zonder succes"
        } else {
            let wat = mislukt.count == 1 ? "eindigde" : "eindigden"
            zin += "; in de \(venster) ervoor \(wat) \(Leesbaar.aantal(mislukt.count, "interventie", "interventies")) zonder succes (\(Leesbaar.opsomming(mislukt.map(Leesbaar.interventie))))"
        }
        return zin + "."
    }
}
