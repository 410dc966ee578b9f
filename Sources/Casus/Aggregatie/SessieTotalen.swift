/// What the sessions themselves add across casussen: who took part (by role),
/// how the casussen fared against the eight principles, and the agreements made.
public struct SessieTotalen: Sendable, Hashable, Codable {
    public struct RolTelling: Sendable, Hashable, Codable {
        public var rol: String
        public var aantal: Int
    }

    /// One principle: per oordeel the casussen that gave it.
    public struct PrincipeTelling: Sendable, Hashable, Codable {
        public var principe: Int
        public var kort: String
        public var wel: [String]
        public var deels: [String]
        public var niet: [String]
        public var onbekend: [String]
    }

    public struct AfspraakRij: Sendable, Hashable, Codable {
        public var casus: String
        public var wat: String
        public var wie: String?
        public var wanneer: String?
        public var status: String
    }

    /// Casussen with a session file.
    public var sessies: Int
    public var deelnemers: Int
    public var deelnemersPerRol: [RolTelling]
    /// Session dates as written, earliest first.
    public var eersteSessie: String?
    public var laatsteSessie: String?
    /// All eight principles, in order (zero rows too).
    public var visie: [PrincipeTelling]
    public var afspraken: [AfspraakRij]

    enum CodingKeys: String, CodingKey {
        case sessies, deelnemers, visie, afspraken
        case deelnemersPerRol = "deelnemers_per_rol"
        case eersteSessie = "eerste_sessie"
        case laatsteSessie = "laatste_sessie"
    }
}

/// Counts the sessions casus by casus (texts already passed the casus's pseudonymiser).
struct SessieTeller {
    private var sessies = 0
    private var rollen: [String: Int] = [:]
    private var datums: [Datum] = []
    private var oordelen: [Int: [Oordeel: [String]]] = [:]
    private var afspraken: [SessieTotalen.AfspraakRij] = []

    mutating func tel(_ sessie: RodeDradenBijdrage.SessieDeel?, casus: String) {
        guard let sessie else { return }
        sessies += 1
        if let d = sessie.datum { datums.append(d) }
        for rol in sessie.rollen { rollen[rol, default: 0] += 1 }
        for v in sessie.visie { oordelen[v.principe, default: [:]][v.oordeel, default: []].append(casus) }
        afspraken += sessie.afspraken
    }

    func totalen() -> SessieTotalen {
        let gesorteerd = datums.sorted()
        return SessieTotalen(
            sessies: sessies, deelnemers: rollen.values.reduce(0, +),
            deelnemersPerRol: rollen.map { .init(rol: $0.key, aantal: $0.value) }
                .sorted { ($1.aantal, $0.rol) < ($0.aantal, $1.rol) },
            eersteSessie: gesorteerd.first?.tekst, laatsteSessie: gesorteerd.last?.tekst,
            visie: Principe.alle.map { p in
                let o = oordelen[p.nummer] ?? [:]
                return .init(principe: p.nummer, kort: p.kort, wel: (o[.wel] ?? []).sorted(),
                             deels: (o[.deels] ?? []).sorted(), niet: (o[.niet] ?? []).sorted(),
                             onbekend: (o[.onbekend] ?? []).sorted())
            },
            afspraken: afspraken.sorted { ($0.casus, $0.wat) < ($1.casus, $1.wat) })
    }
}
