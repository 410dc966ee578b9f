import Foundation
import Casus

/// What an annotated item was, independent of its id: its kind plus the words
/// that identify it (an interventie's naam and aanbieder, a gebeurtenis's wat).
/// When a corrected format changes an item's id (say, another start year),
/// the annotation follows the one item with the same anker.
public struct ItemAnker: Sendable, Hashable, Codable {
    public var soort: String
    public var kenmerk: String

    public init(soort: String, kenmerk: String) {
        self.soort = soort
        self.kenmerk = kenmerk
    }
}

/// Where an annotation hangs after the casus was merged again.
public enum AnnotatieStatus: Sendable, Hashable {
    /// Its item is still there.
    case vast
    /// Its item got another id; the annotation hangs on `naar` now.
    case verhuisd(naar: String)
    /// Its item disappeared; the annotation is kept but hangs nowhere.
    case verweesd
}

extension Tijdlijn {
    /// Every annotatable item with its anker, in timeline order.
    public var ankers: [(id: String, anker: ItemAnker)] {
        var uit: [(String, ItemAnker)] = []
        uit += gezinsleden.map { ($0.id, ItemAnker(soort: "gezinslid", kenmerk: Self.norm($0.inhoud.id))) }
        uit += netwerk.map { ($0.id, ItemAnker(soort: "netwerk", kenmerk: Self.norm($0.inhoud.id))) }
        uit += gebeurtenissen.map { ($0.id, ItemAnker(soort: "gebeurtenis", kenmerk: Self.norm($0.inhoud.wat))) }
        uit += interventies.map {
            ($0.id, ItemAnker(soort: "interventie",
                              kenmerk: Self.norm($0.inhoud.naam + " / " + $0.inhoud.aanbieder)))
        }
        uit += kader.map {
            let k = $0.inhoud
            return ($0.id, ItemAnker(soort: "kader", kenmerk: Self.norm(
                "\(k.van.rawValue)>\(k.naar.rawValue) \(k.maatregel?.rawValue ?? "")")))
        }
        uit += regie.map {
            let r = $0.inhoud
            return ($0.id, ItemAnker(soort: "regie", kenmerk: Self.norm(
                "\(r.wie) / \(r.organisatie) / \(r.gemeente ?? "")")))
        }
        uit += regiewisselingen.map { ($0.id, ItemAnker(soort: "regiewissel", kenmerk: Self.norm($0.van + ">" + $0.naar))) }
        return uit
    }

    public var itemIDs: Set<String> { Set(ankers.map(\.id)) }

    public func anker(voor item: String) -> ItemAnker? {
        ankers.first { $0.id == item }?.anker
    }

    /// Where an annotation on `item`, placed when it had `anker`, hangs now.
    public func status(item: String, anker: ItemAnker?) -> AnnotatieStatus {
        AnkerIndex(self).status(item: item, anker: anker)
    }

    static func norm(_ tekst: String) -> String {
        tekst.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// The timeline's items by id and by anker, built once for many annotations.
public struct AnkerIndex: Sendable {
    let perId: [String: ItemAnker]
    let perAnker: [ItemAnker: [String]]

    public init(_ tijdlijn: Tijdlijn) {
        let alle = tijdlijn.ankers
        perId = Dictionary(alle.map { ($0.id, $0.anker) }, uniquingKeysWith: { eerste, _ in eerste })
        perAnker = Dictionary(grouping: alle, by: \.anker).mapValues { $0.map(\.id) }
    }

    /// `Tijdlijn.anker(voor:)` without scanning every item each time.
    public func anker(voor item: String) -> ItemAnker? { perId[item] }

    /// Only a single item with the same anker counts: a guess is worse than an orphan.
    public func status(item: String, anker: ItemAnker?) -> AnnotatieStatus {
        if perId[item] != nil { return .vast }
        guard let anker, let kandidaten = perAnker[anker], kandidaten.count == 1, let enige = kandidaten.first else {
            return .verweesd
        }
        return .verhuisd(naar: enige)
    }
}
