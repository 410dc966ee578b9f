/// `kinderen-uit-beeld`: all the help was about the parents; none about the children.
public struct KinderenUitBeeld: PatroonRegel {
    public static let id = "kinderen-uit-beeld"
    public static let titel = "Kinderen uit beeld"
    public static let thema = Thema.kinderen
    public static var drempels: [Drempel] { [] }

    public init() {}

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        let kinderen = tijdlijn.gezinsleden.filter { $0.inhoud.rol == .kind }
            .sorted { $0.id < $1.id }
        guard !kinderen.isEmpty else { return [] }
        // gericht_op names the format's id (kind-1); the merged item id is accepted as well.
        let kindIds = Set(kinderen.flatMap { [$0.id, $0.inhoud.id] })
        let voorKind = tijdlijn.interventies.contains {
            $0.inhoud.soort == .kind || $0.inhoud.gerichtOp.contains(where: kindIds.contains)
        }
        guard !voorKind else { return [] }
        let namen = kinderen.map(\.inhoud.id)
        let n = tijdlijn.interventies.count
        let hulp = n == 0 ? "er is geen enkele interventie"
            : "geen van de \(Leesbaar.aantal(n, "interventie", "interventies")) was voor een kind of op een kind gericht"
        let zin = "Er \(kinderen.count == 1 ? "is 1 kind" : "zijn \(kinderen.count) kinderen") in deze casus "
            + "(\(Leesbaar.opsomming(namen))), maar \(hulp)."
        return [bevinding(zin, bewijs: kinderen.map(\.id))]
    }
}
