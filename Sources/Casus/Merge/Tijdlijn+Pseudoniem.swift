import Foundation

extension Tijdlijn {
    /// The same timeline without names: the data is about children.
    ///
    /// Every `naam` (gezinsleden, netwerk, bronnen, also in `per_bron`) is
    /// replaced by the person's role (`moeder`, `kind-1`, `grootmoeder-mz`, the
    /// source's rol); a free-text field that is nothing but a name is cleared; a
    /// name inside free text is replaced by the role; file names become
    /// `<bron-id>.yaml`, as they often carry a professional's name.
    public func gepseudonimiseerd() -> Tijdlijn {
        var vervanging: [(naam: String, rol: String)] = []
        for g in gezinsleden { for e in g.perBron { if let n = e.inhoud.naam { vervanging.append((n, g.id)) } } }
        for n in netwerk { for e in n.perBron { if let naam = e.inhoud.naam { vervanging.append((naam, n.inhoud.rol)) } } }
        for b in bronnen { if let n = b.naam { vervanging.append((n, b.rol)) } }
        let p = Pseudonimisering(vervanging)

        var t = self
        t.bronnen = bronnen.map { b in
            var b = b
            if b.naam != nil { b.naam = b.rol }
            let ext = (b.bestand as NSString).pathExtension
            b.bestand = b.id + (ext.isEmpty ? "" : "." + ext)
            return b
        }
        t.gezinsleden = gezinsleden.map { item in
            item.zonderNamen { g in
                var g = g
                if g.naam != nil { g.naam = item.id }
                g.eigenheid = p.tekst(g.eigenheid); g.blijVan = p.tekst(g.blijVan)
                g.mechanisme = p.tekst(g.mechanisme)
                return g
            }
        }
        t.netwerk = netwerk.map { item in
            item.zonderNamen { n in
                var n = n
                if n.naam != nil { n.naam = n.rol }
                n.toelichting = p.tekst(n.toelichting)
                return n
            }
        }
        t.gebeurtenissen = gebeurtenissen.map { item in
            item.zonderNamen { g in
                var g = g
                g.wat = p.tekst(g.wat) ?? ""
                g.betrokkenen = g.betrokkenen.map(p.term)
                g.dynamiek = p.tekst(g.dynamiek); g.effectProfessionals = p.tekst(g.effectProfessionals)
                g.volgendeStap = p.tekst(g.volgendeStap); g.bron = p.tekst(g.bron)
                return g
            }
        }
        t.interventies = interventies.map { item in
            item.zonderNamen { i in
                var i = i
                i.resultaat = p.tekst(i.resultaat)
                i.gerichtOp = i.gerichtOp.map(p.term)
                return i
            }
        }
        t.kader = kader.map { item in
            item.zonderNamen { k in
                var k = k
                k.toelichting = p.tekst(k.toelichting)
                return k
            }
        }
        t.conflicten = conflicten.map { c in
            var c = c
            c.waarden = c.waarden.map { ConflictWaarde(bron: $0.bron, waarde: p.term($0.waarde)) }
            c.gekozen = p.term(c.gekozen)
            return c
        }
        return t
    }
}

extension TijdlijnItem {
    func zonderNamen(_ schoon: (Inhoud) -> Inhoud) -> TijdlijnItem {
        var item = self
        item.inhoud = schoon(inhoud)
        item.perBron = perBron.map { BronInhoud(bron: $0.bron, inhoud: schoon($0.inhoud)) }
        return item
    }
}

/// Replaces known names in free text by roles, whole words only, ignoring case.
struct Pseudonimisering {
    private let regels: [(patroon: NSRegularExpression, naam: String, rol: String)]

    init(_ vervanging: [(naam: String, rol: String)]) {
        // Longest names first, so "Anna de Vries" goes before "Anna".
        let uniek = Dictionary(vervanging.map { ($0.naam.trimmingCharacters(in: .whitespaces), $0.rol) },
                               uniquingKeysWith: { a, b in min(a, b) })
        regels = uniek.filter { !$0.key.isEmpty }
            .sorted { ($1.key.count, $0.key) < ($0.key.count, $1.key) }
            .compactMap { naam, rol in
                let patroon = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: naam)
                    + "(?![\\p{L}\\p{N}])"
                guard let re = try? NSRegularExpression(pattern: patroon, options: [.caseInsensitive])
                else { return nil }
                return (re, naam, rol)
            }
    }

    /// nil when the text is nothing but a name; otherwise names replaced by roles.
    func tekst(_ tekst: String?) -> String? {
        guard let tekst else { return nil }
        let kaal = Normalisatie.normaal(tekst)
        if regels.contains(where: { Normalisatie.normaal($0.naam) == kaal }) { return nil }
        return term(tekst)
    }

    /// Names replaced by roles; a text that is just a name becomes the role.
    func term(_ tekst: String) -> String {
        var uit = tekst
        for regel in regels {
            let bereik = NSRange(uit.startIndex..., in: uit)
            uit = regel.patroon.stringByReplacingMatches(
                in: uit, range: bereik, withTemplate: NSRegularExpression.escapedTemplate(for: regel.rol))
        }
        return uit
    }
}
