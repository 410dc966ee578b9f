import Casus

/// The Dutch words the wallpaper shows for the spec's vocabulary and dates.
public enum Woorden {
    /// A date as the reader expects it: "14 mrt 2019", "mrt 2019", "voorjaar 2019", "2019",
    /// with "ca." when the professional marked it approximate.
    public static func datum(_ d: Datum) -> String {
        let kern: String
        switch d.precisie {
        case .dag: kern = "\(d.van.dag) \(maand(d.van.maand)) \(d.van.jaar)"
        case .maand: kern = "\(maand(d.van.maand)) \(d.van.jaar)"
        case .periode: kern = zonderCa(d.tekst)
        case .jaar: kern = "\(d.van.jaar)"
        }
        return d.ca ? "ca. " + kern : kern
    }

    /// The sticker code in front of an item's text on the wall ("G12 "), empty without one.
    static func code<T>(_ item: TijdlijnItem<T>) -> String { item.code.map { $0 + " " } ?? "" }

    /// Step 3's questions about an event that the formats answered, in the format's order:
    /// (short label for the wall, label in full, answer).
    static func stapDrieVragen(_ e: Gebeurtenis) -> [(kort: String, voluit: String, antwoord: String)] {
        [("Dynamiek", "Dynamiek tussen ouders", e.dynamiek),
         ("Professionals", "Effect op professionals", e.effectProfessionals),
         ("Volgende stap", "Volgende stap", e.volgendeStap)]
            .compactMap { kort, voluit, antwoord in
                guard let antwoord, !antwoord.isEmpty else { return nil }
                return (kort, voluit, antwoord)
            }
    }

    /// "3 bronnen" when several sources describe the item (each wording is in the PDF list).
    static func bronnen<T>(_ item: TijdlijnItem<T>) -> String? {
        item.bronnen.count > 1 ? "\(item.bronnen.count) bronnen" : nil
    }

    static func maand(_ m: Int) -> String { Maanden.kort(m) }

    public static func maandJaar(_ dag: Dag) -> String {
        "\(Maanden.naam(dag.maand)) \(dag.jaar)"
    }

    /// Strips an approximate prefix the professional typed, so "ca." is shown once.
    static func zonderCa(_ tekst: String) -> String {
        let t = tekst.drop(while: { $0 == " " })
        for prefix in ["ca. ", "ca ", "circa ", "rond ", "ongeveer "]
        where t.lowercased().hasPrefix(prefix) {
            return String(t.dropFirst(prefix.count))
        }
        return String(t)
    }

    public static func maatregel(_ m: Maatregel) -> String {
        switch m {
        case .raadsonderzoek: "raadsonderzoek"
        case .voorlopigeOts: "voorlopige OTS"
        case .ots: "OTS"
        case .verlengingOts: "verlenging OTS"
        case .gezagsbeeindiging: "gezagsbeëindiging"
        case .uithuisplaatsing: "uithuisplaatsing"
        case .bijzondereCurator: "bijzondere curator"
        case .eindeOts: "einde OTS"
        case .overig: "overige maatregel"
        }
    }

    /// Display roles per person id: "Moeder", "Kind 1", "Kind 2", network roles as written.
    public static func rolNamen(_ t: Tijdlijn) -> [String: String] {
        var namen: [String: String] = [:]
        let perRol = Dictionary(grouping: t.gezinsleden, by: \.inhoud.rol)
        for (soort, leden) in perRol {
            for (i, lid) in leden.enumerated() {
                namen[lid.id] = leden.count > 1 ? "\(rol(soort)) \(i + 1)" : rol(soort)
            }
        }
        for n in t.netwerk { namen[n.id] = n.inhoud.rol }
        return namen
    }

    public static func rol(_ rol: GezinslidRol) -> String {
        switch rol {
        case .moeder: "Moeder"
        case .vader: "Vader"
        case .kind: "Kind"
        case .stiefouder: "Stiefouder"
        case .nieuwePartner: "Nieuwe partner"
        case .grootouder: "Grootouder"
        case .overig: "Gezinslid"
        }
    }

    public static func soort(_ s: InterventieSoort) -> String {
        s.rawValue.replacingOccurrences(of: "-", with: " ")
    }

    public static func soort(_ s: GebeurtenisSoort) -> String { s.rawValue }

    public static func afloop(_ a: Afloop) -> String {
        a.rawValue.replacingOccurrences(of: "-", with: " ")
    }
}
