/// A merged item under construction: its entries, display value and conflicts.
struct Groep<T: Samenvoegbaar> {
    var id = ""
    /// Ids joined into this group by the facilitator's `koppel`.
    var aliassen: [String] = []
    /// Each source's entry, sorted by source id then canonical key.
    private(set) var invoer: [Invoer<T>]
    private(set) var inhoud: T
    private(set) var ontwerpen: [ConflictOntwerp]
    let kennis: Bronkennis
    /// The facilitator's picks per field (`kies`), applied after ids are given.
    private(set) var voorkeuren: [String: Voorkeur]
    /// Picks that could not be applied, with why; fields the item does not have.
    private(set) var afgewezen: [(veld: String, reden: String)] = []

    init(_ invoer: [Invoer<T>], kennis: Bronkennis, voorkeuren: [String: Voorkeur] = [:]) {
        self.invoer = invoer.sorted { ($0.bron, $0.sleutel) < ($1.bron, $1.sleutel) }
        self.kennis = kennis
        self.voorkeuren = voorkeuren
        var k = Veldkeuze(kennis: kennis, voorkeuren: voorkeuren)
        inhoud = T.samenvatting(self.invoer.map { BronInhoud(bron: $0.bron, inhoud: $0.inhoud) }, &k)
        ontwerpen = k.conflicten
        afgewezen = k.afgewezen
        for veld in voorkeuren.keys.sorted() where !k.velden.contains(veld) {
            afgewezen.append((veld, "dit item heeft geen veld \(veld)"))
        }
    }

    /// The same group with other entries (after a facilitator's correction) or
    /// other picks; the id stays.
    func met(_ nieuw: [Invoer<T>], voorkeuren: [String: Voorkeur]? = nil) -> Groep<T> {
        var g = Groep(nieuw, kennis: kennis, voorkeuren: voorkeuren ?? self.voorkeuren)
        g.id = id
        g.aliassen = aliassen
        return g
    }

    var bronnen: [String] { Array(Set(invoer.map(\.bron))).sorted() }

    /// Tie-breaker between items with the same base id: content, never order.
    func sleutel(_ canoniek: Canoniek) -> String {
        canoniek.sleutel(inhoud) + "\n" + invoer.map { $0.bron + ":" + $0.sleutel }.joined(separator: "\n")
    }

    var item: TijdlijnItem<T> {
        TijdlijnItem(id: id, bronnen: bronnen, inhoud: inhoud,
                     perBron: invoer.map { BronInhoud(bron: $0.bron, inhoud: $0.inhoud) },
                     conflict: !ontwerpen.isEmpty, aliassen: aliassen)
    }

    var conflicten: [Conflict] { ontwerpen.map { $0.conflict(item: id) } }

    /// Merge the canonically sorted entries of all sources into groups.
    static func groepeer(_ invoer: [Invoer<T>], kennis: Bronkennis) -> [Groep<T>] {
        let indeling = Groepering.groepeer(bronnen: invoer.map(\.bron), paren: T.paren(invoer),
                                           botst: { T.botsen(invoer[$0].inhoud, invoer[$1].inhoud) })
        return indeling.map { Groep($0.map { invoer[$0] }, kennis: kennis) }
    }
}

/// Hands out readable ids that are unique across all kinds.
///
/// An item gets its base id (e.g. `interventie-kies-2019`). When several items
/// share one, the one with the smallest content key keeps it and the others get
/// a suffix hashed from their own content, so an id never depends on read order.
enum IdToewijzing {
    /// `sleutel` is only asked for candidates whose base id another one has too: the
    /// canonical key is a JSON encoding of the whole item, most of a merge's cost otherwise.
    static func wijsToe(_ kandidaten: [(basis: String, sleutel: () -> String)]) -> [String] {
        var perBasis: [String: [Int]] = [:]
        for (i, k) in kandidaten.enumerated() { perBasis[k.basis, default: []].append(i) }
        var uit = Array(repeating: "", count: kandidaten.count)
        var bezet = Set(perBasis.keys)
        // Plain base ids first, so a suffixed id can never take one of them.
        var botsingen: [(basis: String, leden: [Int])] = []
        for (basis, leden) in perBasis {
            if leden.count == 1 { uit[leden[0]] = basis } else { botsingen.append((basis, leden)) }
        }
        for (basis, leden) in botsingen.sorted(by: { $0.basis < $1.basis }) {
            let sleutels = Dictionary(uniqueKeysWithValues: leden.map { ($0, kandidaten[$0].sleutel()) })
            let gesorteerd = leden.sorted { (sleutels[$0]!, $0) < (sleutels[$1]!, $1) }
            uit[gesorteerd[0]] = basis
            for i in gesorteerd.dropFirst() {
                uit[i] = vrij(basis + "-" + Normalisatie.kortHash(sleutels[i]!, lengte: 4), &bezet)
            }
        }
        return uit
    }

    /// `kandidaat`, or `kandidaat-2`, `-3`, … when taken; marks the result taken.
    static func vrij(_ kandidaat: String, _ bezet: inout Set<String>) -> String {
        var id = kandidaat
        var n = 2
        while bezet.contains(id) {
            id = "\(kandidaat)-\(n)"
            n += 1
        }
        bezet.insert(id)
        return id
    }
}
