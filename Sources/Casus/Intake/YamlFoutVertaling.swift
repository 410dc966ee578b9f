import Foundation
import Yams

/// libyaml's English problems, said in Dutch with a hint a professional can act on.
enum YamlFoutVertaling {
    static func melding(_ error: Error, pad: String) -> Melding {
        guard let yamlFout = error as? YamlError else {
            return .fout("het bestand kon niet gelezen worden als YAML", pad: pad,
                         hint: "vergelijk de opbouw met templates/tijdlijn-format.yaml")
        }
        switch yamlFout {
        case .scanner(let context, let probleem, let mark, _),
             .parser(let context, let probleem, let mark, _),
             .composer(let context, let probleem, let mark, _):
            let (bericht, hint) = vertaal(probleem: probleem, context: context?.text)
            return .fout(bericht, pad: pad, regel: mark.line, kolom: mark.column, hint: hint)
        case .duplicatedKeysInMapping(let dubbel, let context):
            return .fout("de sleutel \(dubbel.map { "'\($0)'" }.joined(separator: ", ")) staat twee keer in hetzelfde blok",
                         pad: pad, regel: context.mark.line, kolom: context.mark.column,
                         hint: "voeg de twee waarden samen of verwijder er één; anders gaat er informatie verloren")
        case .reader(_, let offset, let waarde, let yaml):
            let (regel, kolom) = offset.map { BestandLezer.plek(van: $0, in: Array(yaml.utf8)) } ?? (1, 1)
            return .fout("het bestand bevat een teken dat niet in tekst hoort (" + String(format: "U+%04X", waarde) + ")", pad: pad,
                         regel: regel, kolom: kolom, hint: "haal dit teken weg of sla het bestand op als UTF-8-tekst")
        default:
            return .fout("het bestand kon niet gelezen worden als YAML", pad: pad,
                         hint: "vergelijk de opbouw met templates/tijdlijn-format.yaml")
        }
    }

    static func vertaal(probleem: String, context: String?) -> (String, String) {
        let p = probleem.lowercased()
        let c = (context ?? "").lowercased()
        if p.contains("nesting level") {
            return ("het bestand is te diep genest (te veel haakjes of inspringniveaus in elkaar)",
                    "een format heeft hooguit een paar niveaus; vergelijk met templates/tijdlijn-format.yaml")
        }
        if p.contains("duplicate") || p.contains("duplicated") {
            return ("dezelfde sleutel staat twee keer in één blok",
                    "voeg de twee waarden samen of verwijder er één")
        }
        if p.contains("undefined alias") || p.contains("alias") {
            return ("een * aan het begin van een waarde is in YAML een verwijzing",
                    "zet de tekst tussen aanhalingstekens, bijvoorbeeld \"*belangrijk*\"")
        }
        if p.contains("mapping values are not allowed") {
            return ("dubbele punt gevolgd door een spatie midden in een tekst",
                    "zet de hele tekst tussen aanhalingstekens, bijvoorbeeld wat: \"Afspraak: ...\"")
        }
        if p.contains("cannot start any token") {
            return ("deze regel begint met een teken dat YAML niet toestaat (bijvoorbeeld @ of `)",
                    "zet de tekst tussen aanhalingstekens")
        }
        if p.contains("did not find expected key") || p.contains("did not find expected '-'")
            || c.contains("block mapping") || c.contains("block collection") {
            return ("de inspringing klopt niet: deze regel staat niet op dezelfde hoogte als de regels eromheen",
                    "zorg dat sleutels van hetzelfde blok precies even ver inspringen (met spaties)")
        }
        if p.contains("end of the stream") || p.contains("found unexpected end") || c.contains("quoted scalar") {
            return ("een aanhalingsteken of haakje wordt niet afgesloten",
                    "controleer of elk \" of ' of [ ook weer gesloten wordt")
        }
        if p.contains("did not find expected node content") || p.contains("expected node content") {
            return ("hier wordt een waarde verwacht",
                    "vul een waarde in of verwijder de regel")
        }
        if p.contains("single document") || p.contains("document") {
            return ("het bestand bevat meer dan één document (een regel met --- of ...)",
                    "haal de regel met --- of ... weg; één format is één document")
        }
        if p.contains("tag") || p.contains("directive") || p.contains("escape") || p.contains("anchor") {
            return ("een teken als !, %, & of \\ heeft hier in YAML een speciale betekenis",
                    "zet de tekst tussen aanhalingstekens, of schrijf \\\\ voor een backslash")
        }
        return ("de opbouw van het bestand klopt hier niet",
                "vergelijk de opbouw met templates/tijdlijn-format.yaml; let op inspringing en dubbele punten")
    }
}
