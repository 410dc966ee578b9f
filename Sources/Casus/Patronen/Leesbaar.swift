/// Dutch wording shared by the explanations and the text view: dates as a person
/// says them, items by role and organisation (never by a person's name).
package enum Leesbaar {
    /// "14 maart 2019", "maart 2019", "voorjaar 2019", "2019"; "ca. " when approximate.
    static func datum(_ d: Datum) -> String { tekst(d, Maanden.namen) }

    /// "op 14 maart 2019", "in maart 2019", "rond voorjaar 2019": a moment in a sentence.
    static func moment(_ d: Datum) -> String {
        var zonderCa = d
        zonderCa.ca = false
        if d.ca { return "rond \(datum(zonderCa))" }
        return d.precisie == .dag ? "op \(datum(d))" : "in \(datum(d))"
    }

    /// A sentence starts with a capital.
    static func zin(_ tekst: String) -> String { tekst.prefix(1).uppercased() + tekst.dropFirst() }

    /// "14 mrt 2019", "mrt 2019", …: for lists.
    static func kort(_ d: Datum) -> String { tekst(d, Maanden.korteNamen) }

    private static func tekst(_ d: Datum, _ namen: [String]) -> String {
        let basis: String
        switch d.precisie {
        case .dag: basis = "\(d.van.dag) \(naam(d.van.maand, namen)) \(d.van.jaar)"
        case .maand: basis = "\(naam(d.van.maand, namen)) \(d.van.jaar)"
        case .jaar: basis = "\(d.van.jaar)"
        case .periode: basis = zonderCa(d.tekst) ?? interval(d.van, d.tot, namen)
        }
        return d.ca ? "ca. \(basis)" : basis
    }

    /// The written text without its approximate prefix; nil when nothing was written.
    private static func zonderCa(_ tekst: String) -> String? {
        var woorden = tekst.split(separator: " ").map(String.init)
        if let eerste = woorden.first?.lowercased(),
           ["ca.", "ca", "circa", "rond", "ongeveer", "omstreeks"].contains(eerste) {
            woorden.removeFirst()
        } else if let eerste = woorden.first, eerste.lowercased().hasPrefix("ca."), eerste.count > 3 {
            woorden[0] = String(eerste.dropFirst(3))
        }
        return woorden.isEmpty ? nil : woorden.joined(separator: " ")
    }

    private static func interval(_ van: Dag, _ tot: Dag, _ namen: [String]) -> String {
        "\(van.dag) \(naam(van.maand, namen)) \(van.jaar) – \(tot.dag) \(naam(tot.maand, namen)) \(tot.jaar)"
    }

    /// A `Dag` built in code could hold any month: never index out of range.
    private static func naam(_ maand: Int, _ namen: [String]) -> String {
        namen.indices.contains(maand - 1) ? namen[maand - 1] : "\(maand)e maand"
    }

    /// "a", "a en b", "a, b en c".
    static func opsomming(_ delen: [String]) -> String {
        guard let laatste = delen.last else { return "" }
        if delen.count == 1 { return laatste }
        return delen.dropLast().joined(separator: ", ") + " en " + laatste
    }

    /// "1 interventie", "3 interventies".
    package static func aantal(_ n: Int, _ enkelvoud: String, _ meervoud: String) -> String {
        "\(n) \(n == 1 ? enkelvoud : meervoud)"
    }

    static func interventie(_ i: Interventie) -> String { "\(i.naam) (\(i.aanbieder))" }

    /// "jeugdbeschermer (GI Overijssel, Enschede)".
    static func regiehouder(_ r: Regieperiode) -> String {
        let plaats = [r.organisatie, r.gemeente].compactMap { $0 }.filter { !$0.isEmpty }
        return plaats.isEmpty ? r.wie : "\(r.wie) (\(plaats.joined(separator: ", ")))"
    }

    static func maatregel(_ m: Maatregel) -> String {
        switch m {
        case .raadsonderzoek: "raadsonderzoek"
        case .voorlopigeOts: "voorlopige OTS"
        case .ots: "OTS"
        case .verlengingOts: "verlenging van de OTS"
        case .gezagsbeeindiging: "gezagsbeëindiging"
        case .uithuisplaatsing: "uithuisplaatsing"
        case .bijzondereCurator: "bijzondere curator"
        case .eindeOts: "einde van de OTS"
        case .overig: "maatregel"
        }
    }

    /// "mrt 2018 – dec 2018", "vanaf mrt 2018" when no end was written.
    static func looptijd(_ start: Datum, _ einde: Datum?) -> String {
        guard let einde else { return "vanaf \(kort(start))" }
        return "\(kort(start)) – \(kort(einde))"
    }
}
