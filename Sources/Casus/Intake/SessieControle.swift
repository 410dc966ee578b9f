import Foundation
import Yams

/// Checks sessie.yaml against the merged timeline: an entry on an item that
/// does not exist would be lost from the wall, so the facilitator hears of it.
/// The entry is kept (a warning, not an error): the item may come back.
enum SessieControle {
    static func meldingen(_ invoer: CasusInvoer) -> [Melding] {
        guard invoer.sessie != nil, invoer.sessiePad != nil, !invoer.meldingen.heeftFouten else {
            return []
        }
        let resultaat = Samenvoeger.voegSamen(invoer)
        return resultaat.meldingen + onbekendeItems(invoer, tijdlijn: resultaat.tijdlijn)
    }

    /// Entries naming items (or family members) the merged timeline does not have
    /// (also used by rode-draden, which has merged already).
    static func onbekendeItems(_ invoer: CasusInvoer, tijdlijn: Tijdlijn) -> [Melding] {
        guard invoer.sessie != nil, let pad = invoer.sessiePad else { return [] }
        let gezinsleden = tijdlijn.gezinsleden.map(\.id)
        // Intake keeps the references of the file it parsed; other callers read it again.
        let onbekend = (invoer.sessieVerwijzingen ?? SessieVerwijzing.lees(pad: pad)).filter { verwijzing in
            verwijzing.soort == .gezinslid ? !gezinsleden.contains(verwijzing.id)
                                           : Stickercodes.zoek(verwijzing.id, in: tijdlijn) == nil
        }
        guard !onbekend.isEmpty else { return [] }
        let ids = tijdlijn.itemIds.sorted()
        return onbekend.map { v in
            let kandidaten = v.soort == .gezinslid ? gezinsleden.sorted() : ids
            let suggestie = Suggestie.dichtstbij(v.id, uit: kandidaten).map { "; bedoelde je \($0)?" } ?? ""
            return .waarschuwing("\(v.soort.bericht) '\(v.id)'\(suggestie)",
                pad: pad, regel: v.regel, kolom: v.kolom,
                hint: "gebruik een id uit `casus tijdlijn \(invoer.map)`; de \(v.soort.rawValue) blijft bewaard maar staat niet op de tijdlijn")
        }
    }
}

/// One item id written in sessie.yaml, with its place, for the warnings above.
struct SessieVerwijzing {
    enum Soort: String {
        case annotatie, keuze, oordeel, afspraak
        case gezinslid = "aanvulling"

        var bericht: String {
            switch self {
            case .annotatie: "annotatie op onbekend item"
            case .keuze: "kies op onbekend item"
            case .oordeel: "visie noemt onbekend item"
            case .afspraak: "afspraak noemt onbekend item"
            case .gezinslid: "aanvulling op onbekend gezinslid"
            }
        }
    }

    var id: String
    var soort: Soort
    var regel: Int
    var kolom: Int

    /// Every reference in the file, in file order.
    static func lees(pad: String) -> [SessieVerwijzing] {
        guard let tekst = BestandLezer.lees(pad: pad).tekst, let root = YamlBron.parse(tekst, pad: pad).root
        else { return [] }
        return uit(root)
    }

    /// Every reference in a parsed sessie.yaml, in file order.
    static func uit(_ root: Node) -> [SessieVerwijzing] {
        var uit: [SessieVerwijzing] = []
        func voeg(_ lijst: String, _ sleutel: String, _ soort: Soort) {
            guard case .sequence(let entries)? = root[lijst] else { return }
            for entry in entries {
                guard let node = entry[sleutel] else { continue }
                let nodes: [Node] = node.sequence.map(Array.init) ?? [node]
                for n in nodes {
                    // A comma list is read as a list (NodeLezer.teksten); the place is the node's.
                    for id in (n.string ?? "").split(separator: ",") {
                        let schoon = id.trimmingCharacters(in: .whitespaces)
                        guard !schoon.isEmpty else { continue }
                        uit.append(SessieVerwijzing(id: schoon, soort: soort, regel: n.mark?.line ?? 1,
                                                    kolom: n.mark?.column ?? 1))
                    }
                }
            }
        }
        voeg("gezinsleden", "id", .gezinslid)
        voeg("annotaties", "item", .annotatie)
        voeg("kies", "item", .keuze)
        voeg("visie", "items", .oordeel)
        voeg("afspraken", "items", .afspraak)
        return uit.sorted { ($0.regel, $0.kolom) < ($1.regel, $1.kolom) }
    }
}
