/// What kind of organisation a name is (`Wijkteam Hengelo` → `wijkteam`), for
/// `--organisaties-anoniem`: a report for a municipality says which kind of
/// service acted, never which one. Read from the words of the name, as people
/// name organisations; the role of whoever wrote it down decides when the name
/// says nothing (`Stichting Zonnebloem` sent in by a jeugdbeschermer).
public enum OrganisatieSoort {
    /// Word fragments (folded: lower case, no accents) and the kind they mean, most specific first.
    static let kenmerken: [([String], String)] = [
        (["raad voor de kinderbescherming", "kinderbescherming"], "raad voor de kinderbescherming"),
        (["veilig thuis"], "veilig thuis"),
        (["jeugdbescherm", "gecertificeerde instelling", "william schrikker", "voogd"], "jeugdbescherming"),
        (["wijkteam", "sociaal team", "buurtteam", "jeugdteam", "gebiedsteam", "toegang", "wijkcoach"], "wijkteam"),
        (["ggd", "jeugdgezondheid", "consultatiebureau", "jgz", "jeugdarts", "jeugdverpleeg"], "jeugdgezondheidszorg"),
        (["school", "kindcentrum", "lyceum", "college", "onderwijs", "leerkracht", "intern begeleider", "mentor"], "school"),
        (["advoca"], "advocatenkantoor"),
        (["mediation", "mediator"], "mediationpraktijk"),
        (["omgangshuis", "omgang"], "omgangshuis"),
        (["psycholo", "ggz", "psychiat", "therap"], "ggz-praktijk"),
        (["rechtbank", "gerecht"], "rechtbank"),
        (["huisarts"], "huisartsenpraktijk"),
        (["politie"], "politie"),
        (["schuld", "geldzorg", "budget"], "schuldhulpverlening"),
        (["kinderopvang", "opvang", "bso", "peuter"], "kinderopvang"),
        (["jeugdhulp", "kinderpraktijk", "jeugdzorg", "gezinshuis"], "jeugdhulpaanbieder"),
        (["gemeente"], "gemeente"),
    ]

    /// The kind of organisation; `rol` (of the professional or the help) when the name tells nothing.
    public static func soort(_ naam: String, rol: String? = nil) -> String {
        let gevouwen = Tekstwoorden.gevouwen(naam).joined(separator: " ")
        for (fragmenten, soort) in kenmerken where fragmenten.contains(where: gevouwen.contains) { return soort }
        if let rol {
            let r = Tekstwoorden.gevouwen(rol).joined(separator: " ")
            for (fragmenten, soort) in kenmerken where fragmenten.contains(where: r.contains) { return soort }
        }
        return "organisatie"
    }

    /// Every organisation a casus names (sources, providers, regie, participants), each with its kind.
    public static func inCasus(_ t: Tijdlijn, sessie: Sessie? = nil) -> [(naam: String, soort: String)] {
        var uit: [(naam: String, soort: String)] = []
        for b in t.bronnen { uit.append((b.organisatie, soort(b.organisatie, rol: b.rol))) }
        for i in t.interventies {
            for e in i.perBron + [BronInhoud(bron: "", inhoud: i.inhoud)] {
                uit.append((e.inhoud.aanbieder, soort(e.inhoud.aanbieder, rol: e.inhoud.soort.rawValue)))
            }
        }
        for r in t.regie {
            for e in r.perBron + [BronInhoud(bron: "", inhoud: r.inhoud)] {
                uit.append((e.inhoud.organisatie, soort(e.inhoud.organisatie, rol: e.inhoud.wie)))
            }
        }
        for d in sessie?.deelnemers ?? [] {
            if let o = d.organisatie { uit.append((o, soort(o, rol: d.rol))) }
        }
        return uit.filter { !$0.naam.allSatisfy(\.isWhitespace) }
    }
}
