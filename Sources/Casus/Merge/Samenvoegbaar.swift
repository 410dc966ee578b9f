/// The kinds of items on the merged timeline, in the order ids are handed out.
enum ItemSoort: String, CaseIterable, Comparable {
    case gezinslid, netwerk, gebeurtenis, interventie, kader, regie

    static func < (a: ItemSoort, b: ItemSoort) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// What the merge needs to know about one kind of item: when two entries
/// describe the same thing, how to build the display value, and its readable id.
protocol Samenvoegbaar: Sendable, Hashable, Codable {
    static var soort: ItemSoort { get }

    /// Candidate pairs among the canonically sorted entries of all sources.
    static func paren(_ invoer: [Invoer<Self>]) -> [Paar]

    /// The display value of a merged item from each source's entry (source-id
    /// order), each field chosen by `k`, which also collects the conflicts.
    /// Sets `k.eersteHandBronnen` first: who is first-hand depends on the kind.
    static func samenvatting(_ perBron: [BronInhoud<Self>], _ k: inout Veldkeuze) -> Self

    /// Readable id from the display value, before collisions are resolved; built
    /// from text with every name replaced (`namen`): ids hold no names.
    func basisId(namen: Pseudonimisering) -> String

    /// The date the item sits at on the timeline; nil for people.
    var plaatsDatum: Datum? { get }

    /// Whether two entries cannot be the same thing, whatever else links them
    /// (checked only where the link is weak, see `Paar.zwak`).
    static func botsen(_ a: Self, _ b: Self) -> Bool
}

extension Samenvoegbaar {
    static func botsen(_ a: Self, _ b: Self) -> Bool { false }
}

/// The thresholds of the merge rules. They are written down in
/// docs/samenvoegen.md; change both together.
public enum Drempels {
    /// Interventies with the same naam and aanbieder are one when their start
    /// dates lie at most this many days apart (retrospective dates are rough).
    public static let interventieStartDagen = 92
    /// Kader transitions in the same direction: dates at most this many days apart.
    public static let kaderDagen = 92
    /// Regie periods of the same holder: they overlap, or the gap between them is
    /// at most this many days (imprecise end and start dates).
    public static let regieMargeDagen = 31
    /// Gebeurtenissen: dates overlap, or lie at most this many days apart.
    public static let gebeurtenisDagen = 14
    /// Gebeurtenissen: Dice similarity of the word stems of `wat` from which two
    /// texts count as describing the same thing.
    public static let tekstGelijkenis = 0.4
    /// Gebeurtenissen where one tells what happened (`vertelt`) and the other does
    /// not: one only when their words are at least this similar.
    public static let vertellenGelijkenis = 0.6
    /// Regie periods of different holders that overlap more than this many days
    /// are a conflict "who held regie" (same default as patronen `regie-onduidelijk`).
    public static let regieOverlapDagen = 31
    /// A word or person that more sources than this use is no evidence that two
    /// gebeurtenissen are one (see `Kandidaten`). Real casussen have 4 to 20 formats.
    public static let maximumBronnenPerKenmerk = 50
}

extension Datum {
    /// Interval as day numbers, for sweeps and gaps.
    var dagen: (van: Int, tot: Int) { (van.dagnummer, tot.dagnummer) }
}

extension Array {
    /// Each source's value of an optional field, for `Veldkeuze`.
    func velden<Inhoud, W>(_ pad: KeyPath<Inhoud, W?>) -> [(String, W?)]
    where Element == BronInhoud<Inhoud> {
        map { ($0.bron, $0.inhoud[keyPath: pad]) }
    }

    /// Each source's value of a required field, for `Veldkeuze`.
    func vaste<Inhoud, W>(_ pad: KeyPath<Inhoud, W>) -> [(String, W?)]
    where Element == BronInhoud<Inhoud> {
        map { ($0.bron, .some($0.inhoud[keyPath: pad])) }
    }
}
