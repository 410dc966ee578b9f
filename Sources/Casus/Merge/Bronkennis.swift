/// What the shown-value rule needs to know about the sources of a casus: who
/// speaks for one party, and which source is first-hand for an item.
struct Bronkennis: Sendable {
    private var rollen: [String: String] = [:]
    private var organisaties: [String: String] = [:]
    /// Normalised gezinslid ids and roles: a source with such a role is a family member's own.
    private var familie: Set<String> = []

    init() {}

    init(bronnen: [Bron], formats: [TijdlijnFormat]) {
        for b in bronnen {
            rollen[b.id] = Normalisatie.normaal(b.rol)
            organisaties[b.id] = Normalisatie.normaal(b.organisatie)
        }
        familie = Set(GezinslidRol.allCases.filter { $0 != .overig }.map { Normalisatie.normaal($0.rawValue) })
        for f in formats { for g in f.gezinsleden { familie.insert(Normalisatie.normaal(g.id)) } }
    }

    /// Rule (d): a lawyer, or a family member's own format, speaks for one party.
    func eenPartij(_ bron: String) -> Bool {
        guard let rol = rollen[bron] else { return false }
        return rol.hasPrefix("advocaat") || familie.contains(rol)
    }

    /// Rule (b) for interventies and regie: the source's own organisation.
    func vanOrganisatie(_ bron: String, _ organisatie: String) -> Bool {
        organisaties[bron] == Normalisatie.normaal(organisatie)
    }

    /// Rule (b) for gebeurtenissen: the source's role or organisation is among the betrokkenen.
    func betrokken(_ bron: String, _ betrokkenen: [String]) -> Bool {
        let namen = Set(betrokkenen.map(Normalisatie.normaal))
        return [rollen[bron], organisaties[bron]].contains { $0.map(namen.contains) ?? false }
    }

    /// Rule (b) for kader: the format carries no organisation for a measure, so
    /// the organisation that carries one out is a youth-protection one (a GI).
    func voertMaatregelUit(_ bron: String) -> Bool {
        [rollen[bron], organisaties[bron]].contains { tekst in
            guard let tekst else { return false }
            return ["jeugdbescherm", "gezinsvoogd", "gecertificeerde instelling"].contains { tekst.contains($0) }
        }
    }
}
