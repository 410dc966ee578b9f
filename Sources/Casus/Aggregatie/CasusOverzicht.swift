/// One casus at a glance, for its appendix in the report: who sent formats in
/// (by role), the family (by role), the session, and the figures of
/// `casus statistiek`. Roles and ids only: never a name.
public struct CasusOverzicht: Sendable, Hashable, Codable {
    public var casus: String
    /// The roles of the professionals who sent a format, sorted.
    public var bronnen: [String]
    /// Gezinslid ids with their role where it differs (`kind-1`, `grootmoeder-mz (grootouder)`).
    public var gezin: [String]
    public var sessieDatum: String?
    public var deelnemers: Int
    public var interventies: Int
    public var aanbieders: Int
    public var regiewisselingen: Int
    public var kaderovergangen: Int
    public var dagenInHulp: Int
    public var smiley: Int
    public var sadney: Int

    enum CodingKeys: String, CodingKey {
        case casus, bronnen, gezin, deelnemers, interventies, aanbieders, regiewisselingen, kaderovergangen, smiley, sadney
        case sessieDatum = "sessie_datum"
        case dagenInHulp = "dagen_in_hulp"
    }

    init(_ casus: GeanalyseerdeCasus, cijfers: Statistiek) {
        let t = casus.tijdlijn
        self.casus = casus.casus
        bronnen = Set(t.bronnen.map(\.rol)).sorted()
        gezin = t.gezinsleden.map { g in
            g.id == g.inhoud.rol.rawValue ? g.id : "\(g.id) (\(g.inhoud.rol.rawValue))"
        }
        sessieDatum = casus.sessie?.datum?.tekst
        deelnemers = casus.sessie?.deelnemers.count ?? 0
        interventies = cijfers.interventies
        aanbieders = cijfers.aanbieders
        regiewisselingen = cijfers.regiewisselingen
        kaderovergangen = cijfers.kaderovergangen
        dagenInHulp = cijfers.dagenInHulp
        smiley = casus.annotaties.filter { $0.soort == .smiley }.count
        sadney = casus.annotaties.filter { $0.soort == .sadney }.count
    }
}
