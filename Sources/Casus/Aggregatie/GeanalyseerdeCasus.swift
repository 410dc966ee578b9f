/// One casus ready for the common threads: its merged timeline, the session's
/// smileys and sadneys, and the patterns detected in it.
public struct GeanalyseerdeCasus: Sendable, Hashable, Codable {
    public var tijdlijn: Tijdlijn
    public var annotaties: [Annotatie]
    public var bevindingen: [Bevinding]

    public init(tijdlijn: Tijdlijn, annotaties: [Annotatie] = [], bevindingen: [Bevinding] = []) {
        self.tijdlijn = tijdlijn
        self.annotaties = annotaties
        self.bevindingen = bevindingen
    }

    public var casus: String { tijdlijn.casus }
}
