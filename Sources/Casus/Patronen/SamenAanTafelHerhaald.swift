/// `samen-aan-tafel-herhaald`: the parents put at one table again and again
/// (communication, co-parenting, mediation) without reaching the goal.
public struct SamenAanTafelHerhaald: PatroonRegel {
    public static let id = "samen-aan-tafel-herhaald"
    public static let titel = "Steeds weer samen aan tafel"
    public static let thema = Thema.dogmas
    public static let minAantal = Drempel(patroon: id, sleutel: "min_aantal", standaard: 2,
        minimum: 1, uitleg: "minimaal aantal keer samen-hulp zonder dat het doel werd bereikt")
    public static var drempels: [Drempel] { [minAantal] }

    public init() {}

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        // An absent afloop is not doel-bereikt: it counts.
        let samen = chronologisch(tijdlijn.interventies) { $0.start }.filter {
            $0.inhoud.soort.isSamenHulp && $0.inhoud.afloop != .doelBereikt
        }
        guard samen.count >= instellingen[Self.minAantal] else { return [] }
        let delen = samen.map { "\(Leesbaar.interventie($0.inhoud)) \(Leesbaar.moment($0.inhoud.start))" }
        let lopend = samen.filter { $0.inhoud.afloop == .lopend }.count
        var zin = "De ouders werden \(samen.count) keer samen aan tafel gezet (\(Leesbaar.opsomming(delen)))"
        zin += lopend == 0 ? " zonder dat het doel werd bereikt"
            : " zonder dat het doel werd bereikt (\(lopend) daarvan loopt nog)"
        return [bevinding(zin + ".", bewijs: samen.map(\.id))]
    }
}
