import Foundation
import Yams

/// Reads `patronen.yaml`: per pattern id a block of that pattern's thresholds
/// (whole numbers) and optionally `uit: true`. Checked like the formats: every
/// unknown key or wrong value is a fout with its place and a hint.
///
///     opeenvolgende-hulp:
///       min_keten: 4
///     netwerk-niet-in-kaart:
///       uit: true
extension PatroonInstellingen {
    /// Largest value accepted: beyond this a threshold is a typo, and date arithmetic stays sane.
    static let maximum = 100_000

    public static func lees(pad: String) -> (PatroonInstellingen, [Melding]) {
        let (tekst, meldingen) = BestandLezer.lees(pad: pad)
        guard let tekst else { return (.standaard, meldingen) }
        let (instellingen, meer) = lees(tekst: tekst, pad: pad)
        return (instellingen, meldingen + meer)
    }

    /// On any fout the defaults are returned with the meldingen, so nothing half-read is used.
    public static func lees(tekst: String, pad: String,
                            regels: [any PatroonRegel] = Patronen.regels)
        -> (PatroonInstellingen, [Melding]) {
        // Only comments: nothing is overridden (YamlBron calls an empty file an error).
        let inhoud = tekst.split(separator: "\n").map { $0.drop { $0 == " " } }
        if inhoud.allSatisfy({ $0.isEmpty || $0.hasPrefix("#") || $0 == "\r" }) {
            return (.standaard, [])
        }
        let bron = YamlBron.parse(tekst, pad: pad)
        guard let root = bron.root else { return (.standaard, bron.meldingen) }
        var lezer = NodeLezer(pad: pad)
        var instellingen = PatroonInstellingen()
        let perId = Dictionary(uniqueKeysWithValues: regels.map { (type(of: $0).id, $0) })
        let ids = regels.map { type(of: $0).id }
        if isBlok(root, lezer: &lezer, wat: "patronen.yaml"),
           let blok = lezer.blok(root, wat: "patronen.yaml", sleutels: ids) {
            for id in ids {
                guard let node = blok[id], !Blok.isLeeg(node), let regel = perId[id] else { continue }
                leesPatroon(node, regel: regel, in: &instellingen, lezer: &lezer)
            }
        }
        let meldingen = lezer.meldingen.sorted()
        return (meldingen.heeftFouten ? .standaard : instellingen, meldingen)
    }

    private static func leesPatroon(_ node: Node, regel: any PatroonRegel,
                                    in instellingen: inout PatroonInstellingen,
                                    lezer: inout NodeLezer) {
        let id = type(of: regel).id
        let drempels = type(of: regel).drempels
        let wat = "patroon \(id)"
        guard isBlok(node, lezer: &lezer, wat: wat),
              let blok = lezer.blok(node, wat: wat, sleutels: drempels.map(\.sleutel) + ["uit"])
        else { return }
        for drempel in drempels {
            guard let waarde = blok[drempel.sleutel], !Blok.isLeeg(waarde) else { continue }
            if let getal = geheelGetal(waarde, drempel: drempel, lezer: &lezer) {
                instellingen[drempel] = getal
            }
        }
        if let waarde = blok["uit"], !Blok.isLeeg(waarde) {
            switch scalar(waarde)?.lowercased() {
            case "true", "ja": instellingen.uit[id] = true
            case "false", "nee": instellingen.uit[id] = false
            default:
                lezer.fout("uit moet true of false zijn", bij: waarde,
                           hint: "uit: true zet het patroon \(id) uit")
            }
        }
    }

    private static func geheelGetal(_ node: Node, drempel: Drempel,
                                    lezer: inout NodeLezer) -> Int? {
        let hint = "\(drempel.sleutel): \(drempel.uitleg) (standaard \(drempel.standaard))"
        guard let tekst = scalar(node), !tekst.isEmpty,
              tekst.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
              let getal = Int(tekst) else {
            let beschrijving = scalar(node).map { "'\($0)'" } ?? lezer.soort(node)
            lezer.fout("\(drempel.sleutel) moet een heel getal zijn, maar is \(beschrijving)",
                       bij: node, hint: hint)
            return nil
        }
        if getal < drempel.minimum {
            let bericht = getal < 0 ? "\(drempel.sleutel) mag niet negatief zijn"
                : "\(drempel.sleutel) moet minstens \(drempel.minimum) zijn"
            lezer.fout(bericht, bij: node, hint: hint)
            return nil
        }
        if getal > maximum {
            lezer.fout("\(drempel.sleutel) is onredelijk groot (\(getal))", bij: node, hint: hint)
            return nil
        }
        return getal
    }

    private static func scalar(_ node: Node) -> String? {
        guard case .scalar(let s) = node else { return nil }
        return s.string.trimmingCharacters(in: .whitespaces)
    }

    /// Checked before `NodeLezer.blok`, whose hint points at the tijdlijn-format template.
    private static func isBlok(_ node: Node, lezer: inout NodeLezer, wat: String) -> Bool {
        if case .mapping = node { return true }
        lezer.fout("\(wat) moet een blok met sleutels zijn, maar is \(lezer.soort(node))",
                   bij: node,
                   hint: "per patroon een blok, bijvoorbeeld: opeenvolgende-hulp: {min_keten: 4}")
        return false
    }
}
