import Foundation
import Yams

/// Checks that need all files of a casus: a shared casus id, and references
/// (`betrokkenen`, `gericht_op`) to people that exist in some format.
enum CasusControle {
    static func meestGenoemd(_ formats: [Intake.Gelezen]) -> String? {
        let ids = formats.compactMap { $0.format?.casus ?? casusNode($0)?.string }.filter { !$0.isEmpty }
        let tellingen = Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
        return tellingen.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    static func casusNode(_ bestand: Intake.Gelezen) -> Node? {
        guard case .mapping(let m)? = bestand.root else { return nil }
        return m["casus"]
    }

    static func casusIds(_ formats: [Intake.Gelezen], casus: String?) -> [Melding] {
        guard let casus else { return [] }
        return formats.compactMap { bestand in
            guard let node = casusNode(bestand), let id = node.string, !id.isEmpty, id != casus else { return nil }
            return .fout("dit format hoort bij casus \(id), de andere formats bij \(casus)", pad: bestand.pad,
                         regel: node.mark?.line ?? 1, kolom: node.mark?.column ?? 1,
                         hint: "zet alleen formats van één casus in een map, of verbeter casus:")
        }
    }

    static func sessieCasus(_ sessie: Intake.Gelezen, casus: String?) -> [Melding] {
        guard let casus, let node = casusNode(sessie), let id = node.string, !id.isEmpty, id != casus else {
            return []
        }
        return [.fout("de sessie hoort bij casus \(id), de formats bij \(casus)", pad: sessie.pad,
                      regel: node.mark?.line ?? 1, kolom: node.mark?.column ?? 1,
                      hint: "verbeter casus: in sessie.yaml")]
    }

    /// Words that show a `betrokkenen` entry means a family member, not a professional's
    /// role (which the spec allows as free text).
    static let familieWoorden = ["moeder", "vader", "kind", "stief", "partner", "grootouder", "grootmoeder",
                                 "grootvader", "opa", "oma", "broer", "zus", "zoon", "dochter", "tante", "oom"]

    static func verwijzingen(_ formats: [Intake.Gelezen]) -> [Melding] {
        let gezinsIds = Set(formats.flatMap { $0.format?.gezinsleden.map(\.id) ?? ids($0, "gezinsleden") })
        let netwerkIds = Set(formats.flatMap { $0.format?.netwerk.map(\.id) ?? ids($0, "netwerk") })
        var meldingen: [Melding] = []
        for bestand in formats {
            for (waarde, node) in waarden(bestand, lijst: "interventies", sleutel: "gericht_op")
            where !gezinsIds.contains(waarde) {
                meldingen.append(.waarschuwing("gericht_op noemt \(waarde), maar geen format heeft een gezinslid met dat id",
                    pad: bestand.pad, regel: node.mark?.line ?? 1, kolom: node.mark?.column ?? 1,
                    hint: "gebruik een id uit gezinsleden (bekend: \(gezinsIds.sorted().joined(separator: ", ")))"))
            }
            for (waarde, node) in waarden(bestand, lijst: "gebeurtenissen", sleutel: "betrokkenen")
            where !gezinsIds.contains(waarde) && !netwerkIds.contains(waarde) && lijktFamilie(waarde) {
                meldingen.append(.waarschuwing("betrokkenen noemt \(waarde), maar geen format heeft een gezinslid of netwerklid met dat id",
                    pad: bestand.pad, regel: node.mark?.line ?? 1, kolom: node.mark?.column ?? 1,
                    hint: "gebruik een id uit gezinsleden of netwerk, of voeg deze persoon daar toe"))
            }
        }
        return meldingen
    }

    static func lijktFamilie(_ waarde: String) -> Bool {
        let w = waarde.lowercased()
        return !w.contains(" ") && familieWoorden.contains { w.hasPrefix($0) }
    }

    static func ids(_ bestand: Intake.Gelezen, _ lijst: String) -> [String] {
        guard case .mapping(let m)? = bestand.root, case .sequence(let s)? = m[lijst] else { return [] }
        return s.compactMap { $0["id"]?.string }
    }

    /// Each referenced id with the node it was written in, for its place.
    static func waarden(_ bestand: Intake.Gelezen, lijst: String, sleutel: String) -> [(String, Node)] {
        guard case .mapping(let m)? = bestand.root, case .sequence(let s)? = m[lijst] else { return [] }
        return s.flatMap { item -> [(String, Node)] in
            guard let node = item[sleutel] else { return [] }
            switch node {
            case .scalar(let scalar):
                return scalar.string.split(separator: ",")
                    .map { (String($0).zonderSpaties, node) }.filter { !$0.0.isEmpty }
            case .sequence(let items):
                return items.compactMap { n in n.string.map { ($0.zonderSpaties, n) } }
            default:
                return []
            }
        }
    }
}
