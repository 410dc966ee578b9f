import Foundation
import Yams

/// Reads typed values out of a YAML tree, collecting every problem with its place
/// instead of stopping at the first: the professional fixes a file in one round.
public struct NodeLezer {
    public let pad: String
    public private(set) var meldingen: [Melding] = []

    public init(pad: String) {
        self.pad = pad
    }

    public mutating func fout(_ bericht: String, bij node: Node?, hint: String? = nil) {
        meldingen.append(.fout(bericht, pad: pad, regel: node?.mark?.line ?? 1,
                               kolom: node?.mark?.column ?? 1, hint: hint))
    }

    public mutating func waarschuwing(_ bericht: String, bij node: Node?, hint: String? = nil) {
        meldingen.append(.waarschuwing(bericht, pad: pad, regel: node?.mark?.line ?? 1,
                                       kolom: node?.mark?.column ?? 1, hint: hint))
    }

    /// A mapping whose keys are checked: unknown keys are fouten with a suggestion,
    /// required keys that are missing or empty are fouten at the block's place.
    public mutating func blok(_ node: Node, wat: String, sleutels: [String],
                              verplicht: [String] = []) -> Blok? {
        guard case .mapping(let mapping) = node else {
            fout("\(wat) moet een blok met sleutels zijn (sleutel: waarde), maar is \(soort(node))",
                 bij: node, hint: "zie templates/tijdlijn-format.yaml voor de opbouw")
            return nil
        }
        var waarden: [String: Blok.Paar] = [:]
        for (sleutelNode, waarde) in mapping {
            guard case .scalar(let scalar) = sleutelNode else {
                fout("een sleutel in \(wat) moet een woord zijn", bij: sleutelNode)
                continue
            }
            let sleutel = scalar.string
            guard sleutels.contains(sleutel) else {
                onbekendeSleutel(sleutel, bij: sleutelNode, wat: wat, sleutels: sleutels)
                continue
            }
            waarden[sleutel] = Blok.Paar(sleutel: sleutelNode, waarde: waarde)
        }
        let blok = Blok(node: node, waarden: waarden)
        for sleutel in verplicht {
            if let paar = waarden[sleutel] {
                if Blok.isLeeg(paar.waarde) {
                    fout("\(sleutel) is leeg in \(wat)", bij: paar.sleutel,
                         hint: "vul \(sleutel) in; het is verplicht")
                }
            } else {
                fout("verplichte sleutel \(sleutel) ontbreekt in \(wat)", bij: node,
                     hint: "voeg \(sleutel): toe aan dit blok")
            }
        }
        return blok
    }

    mutating func onbekendeSleutel(_ sleutel: String, bij node: Node, wat: String, sleutels: [String]) {
        if let suggestie = Suggestie.dichtstbij(sleutel, uit: sleutels) {
            fout("onbekende sleutel '\(sleutel)' in \(wat); bedoelde je \(suggestie)?", bij: node,
                 hint: "toegestaan: \(sleutels.joined(separator: ", "))")
        } else {
            fout("onbekende sleutel '\(sleutel)' in \(wat)", bij: node,
                 hint: "toegestaan: \(sleutels.joined(separator: ", "))")
        }
    }

    /// Text as written: YAML 1.1 readings (`nee` as false, `2019` as a number) never apply.
    public mutating func tekst(_ blok: Blok, _ sleutel: String) -> String? {
        guard let node = blok[sleutel], !Blok.isLeeg(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            fout("\(sleutel) moet een tekst zijn, maar is \(soort(node))", bij: node,
                 hint: "schrijf de tekst op één regel achter \(sleutel):, of gebruik | voor meerdere regels")
            return nil
        }
        return scalar.string.zonderWitruimte
    }

    public mutating func keuze<E: Vocabulaire>(_ blok: Blok, _ sleutel: String, _: E.Type) -> E? {
        guard let waarde = tekst(blok, sleutel) else { return nil }
        if let gevonden = E.gelezen(waarde) { return gevonden }
        let toegestaan = E.toegestaan.joined(separator: ", ")
        var bericht = "ongeldige waarde '\(waarde)' voor \(sleutel)"
        if let suggestie = Suggestie.dichtstbij(waarde, uit: E.toegestaan) {
            bericht += "; bedoelde je \(suggestie)?"
        }
        fout(bericht, bij: blok[sleutel], hint: "toegestaan: \(toegestaan)")
        return nil
    }

    public mutating func datum(_ blok: Blok, _ sleutel: String) -> Datum? {
        guard let waarde = tekst(blok, sleutel) else { return nil }
        if let datum = DatumParser.parse(waarde) { return datum }
        if let reden = DatumParser.probleem(waarde) {
            fout("onmogelijke datum '\(waarde)' bij \(sleutel): \(reden)", bij: blok[sleutel],
                 hint: "controleer de dag, de maand en het jaar")
            return nil
        }
        fout("onleesbare datum '\(waarde)' bij \(sleutel)", bij: blok[sleutel],
             hint: "gebruik bijvoorbeeld: \(DatumParser.toegestaneVormen)")
        return nil
    }

    /// A list of texts; a single text with commas is read as a list, as people write it.
    public mutating func teksten(_ blok: Blok, _ sleutel: String) -> [String] {
        guard let node = blok[sleutel], !Blok.isLeeg(node) else { return [] }
        switch node {
        case .scalar(let scalar):
            return scalar.string.split(separator: ",")
                .map { String($0).zonderSpaties }.filter { !$0.isEmpty }
        case .sequence(let sequence):
            return sequence.compactMap { item in
                guard case .scalar(let s) = item else {
                    fout("elk element van \(sleutel) moet een tekst zijn", bij: item)
                    return nil
                }
                let t = s.string.zonderSpaties
                return t.isEmpty ? nil : t
            }
        default:
            fout("\(sleutel) moet een lijst zijn", bij: node, hint: "bijvoorbeeld: [moeder, kind-1]")
            return []
        }
    }

    /// The entries of a list; anything else is one fout.
    public mutating func lijst(_ blok: Blok, _ sleutel: String) -> [Node] {
        guard let node = blok[sleutel], !Blok.isLeeg(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            fout("\(sleutel) moet een lijst zijn (elk item begint met - )", bij: node,
                 hint: "zie templates/tijdlijn-format.yaml")
            return []
        }
        return Array(sequence)
    }

    func soort(_ node: Node) -> String {
        switch node {
        case .mapping: "een blok met sleutels"
        case .sequence: "een lijst"
        case .scalar(let s): "de tekst \(s.string)"
        case .alias: "een verwijzing"
        }
    }
}

/// A checked mapping: values by key, with the key nodes kept for their places.
public struct Blok {
    public struct Paar {
        public var sleutel: Node
        public var waarde: Node
    }

    public let node: Node
    public let waarden: [String: Paar]

    public subscript(sleutel: String) -> Node? { waarden[sleutel]?.waarde }

    /// `sleutel:` with nothing after it, `~` or `null`: the professional left it open.
    public static func isLeeg(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        if scalar.style == .plain {
            return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
        return scalar.string.zonderWitruimte.isEmpty
    }
}
