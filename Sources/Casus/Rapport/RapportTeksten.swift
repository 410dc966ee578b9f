import Foundation

/// Dutch labels and short introductions for the rode-draden report.
public enum RapportTeksten {
    public static func thema(_ waarde: String) -> String {
        switch waarde {
        case Thema.kinderen.rawValue: "Kinderen"
        case Thema.dogmas.rawValue: "Dogma’s"
        case Thema.familieEnVrienden.rawValue: "Familie en vrienden"
        case Thema.professionals.rawValue: "Professionals"
        case Thema.processen.rawValue: "Processen"
        case Thema.dynamieken.rawValue: "Dynamieken"
        case "zonder-thema": "Zonder thema"
        default: waarde
        }
    }

    /// One sentence per theme: what the Twente analyses saw there.
    static func themaInleiding(_ thema: Thema) -> String {
        switch thema {
        case .kinderen:
            "Gaat het over de kinderen, of trekt het conflict van de ouders alle aandacht?"
        case .dogmas:
            "Overtuigingen als ‘ouders moeten samen afspraken maken’ die bepalen welke hulp wordt ingezet."
        case .familieEnVrienden:
            "Het netwerk kan steunen of escaleren, maar is zelden in kaart."
        case .professionals:
            "Wie heeft de regie, en hoe vaak wisselen de mensen om het gezin heen?"
        case .processen:
            "Hoe de hulp is georganiseerd: opeenvolgend, opgeschaald uit machteloosheid, abrupt afgeschaald."
        case .dynamieken:
            "De dynamiek tussen de ouders en wat die doet met het systeem van professionals."
        }
    }

    public static func soortInterventie(_ waarde: String) -> String {
        switch waarde {
        case "communicatie": "Communicatie"
        case "gezamenlijk-ouderschap": "Gezamenlijk ouderschap"
        case "mediation": "Mediation"
        case "parallel-ouderschap": "Parallel ouderschap"
        case "individueel": "Individuele hulp"
        case "kind": "Hulp voor een kind"
        case "omgang": "Begeleide omgang"
        case "diagnostiek": "Diagnostiek"
        case "netwerk": "Netwerk"
        case "overig": "Overig"
        default: waarde
        }
    }

    public static func kader(_ waarde: String) -> String {
        switch waarde {
        case "vrijwillig": "Vrijwillig kader"
        case "gedwongen": "Gedwongen kader"
        case "onbekend": "Onbekend (item zonder datum)"
        default: waarde
        }
    }

    static func itemSoort(_ soort: ItemBeschrijving.Soort) -> String {
        switch soort {
        case .gezinslid: "gezinslid"
        case .netwerk: "netwerk"
        case .gebeurtenis: "gebeurtenis"
        case .interventie: "interventie"
        case .kader: "kader"
        case .regie: "regie"
        case .regiewissel: "regiewissel"
        case .onbekend: "onbekend"
        }
    }

    static func annotatie(_ soort: AnnotatieSoort) -> String {
        soort == .smiley ? "smiley" : "sadney"
    }

    /// "1 smiley", "2 smileys", "0 sadneys".
    public static func aantal(_ n: Int, _ soort: AnnotatieSoort) -> String {
        n == 1 ? "\(n) \(soort.rawValue)" : "\(n) \(soort.rawValue)s"
    }

    /// A text as written in YAML (`|` keeps every line break) as paragraphs: a blank
    /// line starts a new one, a single line break is a space, so text reflows on any page.
    public static func alineas(_ tekst: String) -> [String] {
        var uit: [String] = [], huidig: [String] = []
        for regel in tekst.split(separator: "\n", omittingEmptySubsequences: false) {
            let r = regel.trimmingCharacters(in: .whitespaces)
            if r.isEmpty {
                if !huidig.isEmpty { uit.append(huidig.joined(separator: " ")) }
                huidig = []
            } else {
                huidig.append(r)
            }
        }
        if !huidig.isEmpty { uit.append(huidig.joined(separator: " ")) }
        return uit
    }

    /// "1 casus", "3 casussen".
    public static func casussen(_ n: Int) -> String { n == 1 ? "1 casus" : "\(n) casussen" }

    static func percentage(_ deel: Int, van geheel: Int) -> String {
        guard geheel > 0 else { return "0%" }
        return "\(Int((Double(deel) * 100 / Double(geheel)).rounded()))%"
    }

    /// "12", "7,5": Dutch decimal comma, at most one decimal.
    public static func getal(_ x: Double) -> String {
        let afgerond = (x * 10).rounded() / 10
        if afgerond == afgerond.rounded() { return String(Int(afgerond)) }
        return String(afgerond).replacingOccurrences(of: ".", with: ",")
    }
}
