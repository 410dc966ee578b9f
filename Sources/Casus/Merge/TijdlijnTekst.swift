import Foundation

/// The merged timeline as Dutch text, for the wall and the terminal
/// (`casus tijdlijn`): people first, then every dated item in time order, one
/// line each, then every conflict spelled out.
public enum TijdlijnTekst {
    public static func maak(_ t: Tijdlijn) -> String {
        var regels: [String] = []
        let items = t.gezinsleden.count + t.netwerk.count + t.gebeurtenissen.count
            + t.interventies.count + t.kader.count + t.regie.count
        regels.append("Tijdlijn van casus \(t.casus)")
        var kop = [aantal(t.bronnen.count, "bron", "bronnen"), aantal(items, "item", "items"),
                   aantal(t.conflicten.count, "conflict", "conflicten")]
        if let p = t.periode { kop.insert("\(p.van) t/m \(p.tot)", at: 1) }
        regels.append(kop.joined(separator: " · "))

        regels.append("")
        regels.append("Bronnen")
        for b in t.bronnen {
            regels.append("  \(b.id): \(b.rol), \(b.organisatie) (\(b.bestand))")
        }

        if !t.gezinsleden.isEmpty || !t.netwerk.isEmpty {
            regels.append("")
            regels.append("Gezin en netwerk")
            for g in t.gezinsleden { regels.append(persoonRegel(g, tekst: gezinslid(g.inhoud))) }
            for n in t.netwerk { regels.append(persoonRegel(n, tekst: netwerklid(n.inhoud))) }
        }

        regels.append("")
        regels.append("Tijdlijn")
        let chronologisch = Regel.alle(t)
        if chronologisch.isEmpty { regels.append("  (geen gedateerde items)") }
        let breedte = min(16, chronologisch.map(\.datum.tekst.count).max() ?? 0)
        for r in chronologisch {
            let datum = r.datum.tekst.padding(toLength: max(breedte, r.datum.tekst.count),
                                              withPad: " ", startingAt: 0)
            let soort = r.soort.padding(toLength: 12, withPad: " ", startingAt: 0)
            let code = (r.code ?? "").padding(toLength: 4, withPad: " ", startingAt: 0)
            var regel = "  \(code) \(datum)  \(soort) \(r.tekst)  (\(r.herkomst))"
            if r.conflict { regel += "  ⚠ conflict" }
            regel += "  [\(r.id)]"
            regels.append(regel)
            // Every source's own wording under the shown one: nobody's words are hidden.
            for (bron, woorden) in r.woorden { regels.append("         · \(bron): \(woorden)") }
        }

        if !t.conflicten.isEmpty {
            regels.append("")
            regels.append("Conflicten: de bronnen zeggen iets anders")
            for c in t.conflicten {
                regels.append("  \(c.item), \(c.veld):")
                for w in c.waarden { regels.append("    \(w.bron): \(w.waarde)") }
                regels.append("    → getoond: \(c.gekozen) (\(c.keuze))")
            }
        }
        return regels.joined(separator: "\n") + "\n"
    }

    static func aantal(_ n: Int, _ een: String, _ meer: String) -> String {
        "\(n) \(n == 1 ? een : meer)"
    }

    private static func persoonRegel<T>(_ item: TijdlijnItem<T>, tekst: String) -> String {
        var regel = "  \(item.id): \(tekst)  (\(aantal(item.bronnen.count, "bron", "bronnen")))"
        if item.conflict { regel += "  ⚠ conflict" }
        return regel
    }

    private static func gezinslid(_ g: Gezinslid) -> String {
        var delen = [g.rol.rawValue]
        if let naam = g.naam, naam != g.id { delen[0] += " \(naam)" }
        if let geboren = g.geboren { delen.append("geboren \(geboren.tekst)") }
        if let e = g.eigenheid { delen.append(e) }
        return delen.joined(separator: ", ")
    }

    private static func netwerklid(_ n: Netwerklid) -> String {
        var tekst = n.rol
        if let naam = n.naam, naam != n.rol { tekst += " \(naam)" }
        return tekst + ", invloed \(n.invloed.rawValue)"
    }
}

/// One line of the chronological part (also the item lists of the live session).
public struct Regel: Sendable {
    public var datum: Datum
    var volgorde: Int
    public var soort: String
    public var tekst: String
    var herkomst: String
    public var conflict: Bool
    public var id: String
    public var code: String? = nil
    var woorden: [(bron: String, woorden: String)] = []

    public static func alle(_ t: Tijdlijn) -> [Regel] {
        func bronnen(_ n: Int) -> String { TijdlijnTekst.aantal(n, "bron", "bronnen") }
        var uit: [Regel] = []
        for g in t.gebeurtenissen {
            let i = g.inhoud
            var tekst = i.soort == .gebeurtenis ? i.wat : "\(i.soort.rawValue): \(i.wat)"
            if i.veiligheid == .zorg { tekst += " (zorg om de veiligheid van een kind)" }
            uit.append(Regel(datum: i.datum, volgorde: 0, soort: "gebeurtenis", tekst: tekst,
                             herkomst: bronnen(g.bronnen.count), conflict: g.conflict, id: g.id, code: g.code, woorden: g.woordenPerBron()))
        }
        for item in t.interventies {
            let i = item.inhoud
            var delen = ["\(i.naam) (\(i.aanbieder)), \(i.soort.rawValue)"]
            delen.append(i.einde.map { "tot \($0.tekst)" } ?? (i.afloop == .lopend ? "loopt nog" : "einde onbekend"))
            delen.append("afloop \((i.afloop ?? .onbekend).rawValue)")
            if let o = i.overdracht { delen.append("overdracht \(o.rawValue)") }
            uit.append(Regel(datum: i.start, volgorde: 1, soort: "interventie", tekst: delen.joined(separator: "; "),
                             herkomst: bronnen(item.bronnen.count), conflict: item.conflict, id: item.id, code: item.code, woorden: item.woordenPerBron()))
        }
        for item in t.kader {
            let k = item.inhoud
            var tekst = k.van == k.naar ? "blijft \(k.naar.rawValue)"
                : "\(k.isOpschaling ? "opschaling" : "afschaling") \(k.van.rawValue) → \(k.naar.rawValue)"
            if let m = k.maatregel { tekst += ": \(m.rawValue)" }
            if let r = k.reden, r != .onbekend { tekst += "; reden \(r.rawValue)" }
            uit.append(Regel(datum: k.datum, volgorde: 2, soort: "kader", tekst: tekst,
                             herkomst: bronnen(item.bronnen.count), conflict: item.conflict, id: item.id, code: item.code, woorden: item.woordenPerBron()))
        }
        for item in t.regie {
            let r = item.inhoud
            var tekst = "regie bij \(houder(r))"
            tekst += r.tot.map { "; tot \($0.tekst)" } ?? "; nog steeds"
            uit.append(Regel(datum: r.vanaf, volgorde: 3, soort: "regie", tekst: tekst,
                             herkomst: bronnen(item.bronnen.count), conflict: item.conflict, id: item.id, code: item.code, woorden: item.woordenPerBron()))
        }
        let regie = Dictionary(t.regie.map { ($0.id, $0.inhoud) }, uniquingKeysWith: { a, _ in a })
        for w in t.regiewisselingen {
            var tekst = "regie gaat van \(regie[w.van].map(houder) ?? w.van) naar \(regie[w.naar].map(houder) ?? w.naar)"
            if w.andereGemeente { tekst += ", naar een andere gemeente" }
            tekst += "; overdracht \(w.overdracht.rawValue)"
            uit.append(Regel(datum: w.datum, volgorde: 4, soort: "regiewissel", tekst: tekst,
                             herkomst: "afgeleid", conflict: false, id: w.id))
        }
        return uit.sorted {
            ($0.datum.van, $0.datum.tot, $0.volgorde, $0.id) < ($1.datum.van, $1.datum.tot, $1.volgorde, $1.id)
        }
    }

    static func houder(_ r: Regieperiode) -> String {
        "\(r.wie) (\(r.organisatie)\(r.gemeente.map { ", \($0)" } ?? ""))"
    }
}
