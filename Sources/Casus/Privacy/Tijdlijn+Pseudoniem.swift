import Foundation

extension Tijdlijn {
    /// The same timeline without names: the data is about children.
    ///
    /// `naam` fields (gezinsleden, netwerk, bronnen, also in `per_bron`) are removed;
    /// every known name, and each significant part of it, in any text becomes the
    /// person's role (`moeder`, `kind-1`, `grootmoeder-mz`, a source's rol); a text that
    /// is nothing but a name is cleared; file names become `<bron-id>.yaml`, as they
    /// often carry a professional's name. Ids never hold names, so annotations keep their place.
    public func gepseudonimiseerd() -> Tijdlijn {
        pseudonimiseer(annotaties: [], bevindingen: []).tijdlijn
    }

    /// Everything a picture, report or export shows, without names. Participants
    /// who placed annotations become "deelnemer".
    /// `extra`: more names to replace (the session's participants and facilitator).
    public func pseudonimiseer(annotaties: [Annotatie], bevindingen: [Bevinding],
                               extra: [(naam: String, rol: String)] = [])
        -> (tijdlijn: Tijdlijn, annotaties: [Annotatie], bevindingen: [Bevinding]) {
        let p = Pseudonimisering(self, extra: extra)
        var t = self
        t.bronnen = bronnen.map { b in
            var b = b
            b.naam = nil
            b.rol = p.term(b.rol)
            b.organisatie = p.term(b.organisatie)
            let ext = (b.bestand as NSString).pathExtension
            b.bestand = b.id + (ext.isEmpty ? "" : "." + ext)
            return b
        }
        t.gezinsleden = gezinsleden.map { $0.zonderNamen { g in
            var g = g
            g.naam = nil
            g.eigenheid = p.tekst(g.eigenheid); g.blijVan = p.tekst(g.blijVan)
            g.mechanisme = p.tekst(g.mechanisme)
            return g
        } }
        t.netwerk = netwerk.map { $0.zonderNamen { n in
            var n = n
            n.naam = nil
            n.rol = p.term(n.rol)
            n.toelichting = p.tekst(n.toelichting)
            return n
        } }
        t.gebeurtenissen = gebeurtenissen.map { $0.zonderNamen { g in
            var g = g
            g.wat = p.term(g.wat)
            g.betrokkenen = g.betrokkenen.map(p.term)
            g.dynamiek = p.tekst(g.dynamiek); g.effectProfessionals = p.tekst(g.effectProfessionals)
            g.volgendeStap = p.tekst(g.volgendeStap); g.bron = p.tekst(g.bron)
            return g
        } }
        t.interventies = interventies.map { $0.zonderNamen { i in
            var i = i
            i.naam = p.term(i.naam); i.aanbieder = p.term(i.aanbieder)
            i.resultaat = p.tekst(i.resultaat)
            i.gerichtOp = i.gerichtOp.map(p.term)
            return i
        } }
        t.kader = kader.map { $0.zonderNamen { k in
            var k = k
            k.toelichting = p.tekst(k.toelichting)
            return k
        } }
        t.regie = regie.map { $0.zonderNamen { r in
            var r = r
            r.wie = p.term(r.wie); r.organisatie = p.term(r.organisatie)
            r.gemeente = p.tekst(r.gemeente)
            return r
        } }
        t.conflicten = conflicten.map { c in
            var c = c
            c.waarden = c.waarden.map { ConflictWaarde(bron: $0.bron, waarde: p.term($0.waarde)) }
            c.gekozen = p.term(c.gekozen)
            c.keuze = p.term(c.keuze)
            return c
        }
        let a = annotaties.map { a in
            var a = a
            a.door = "deelnemer"
            a.toelichting = p.tekst(a.toelichting)
            return a
        }
        let b = bevindingen.map { b in
            var b = b
            b.titel = p.term(b.titel)
            b.uitleg = p.term(b.uitleg)
            return b
        }
        return (t, a, b)
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

/// Replaces known names in text by roles: whole words only, ignoring case, the full
/// name before its parts ("Anna de Vries" before "Vries").
struct Pseudonimisering {
    /// Particles of Dutch surnames: never replaced on their own.
    static let tussenvoegsels: Set<String> = ["van", "der", "den", "de", "het", "ten", "ter",
                                              "te", "op", "in", "la", "le", "da", "di", "von"]

    private let regels: [(naam: String, rol: String)]

    /// `extra`: more (name, role) pairs, such as the session's participants.
    init(_ t: Tijdlijn, extra: [(naam: String, rol: String)] = []) {
        var paren: [(String, String)] = []
        func neem(_ naam: String?, _ rol: String) {
            guard let naam = naam?.trimmingCharacters(in: .whitespaces), !naam.isEmpty else { return }
            paren.append((naam, rol))
            for deel in naam.split(whereSeparator: { $0 == " " || $0 == "-" })
            where deel.count >= 3 && !Self.tussenvoegsels.contains(deel.lowercased()) {
                paren.append((String(deel), rol))
            }
        }
        for g in t.gezinsleden { for e in g.perBron { neem(e.inhoud.naam, g.id) } }
        for n in t.netwerk { for e in n.perBron { neem(e.inhoud.naam, n.inhoud.rol) } }
        for b in t.bronnen { neem(b.naam, b.rol) }
        for e in extra { neem(e.naam, e.rol) }
        let uniek = Dictionary(paren, uniquingKeysWith: { a, b in min(a, b) })
        regels = uniek.sorted { ($1.key.count, $0.key) < ($0.key.count, $1.key) }.map { ($0.key, $0.value) }
    }

    /// The whole-word pattern for a name. Built only for a text that contains the name
    /// at all: compiling a pattern per name per casus was most of the cost of
    /// pseudonymising (rode-draden over 1,000 casussen: +75% CPU).
    private static func patroon(_ naam: String) -> NSRegularExpression? {
        let patroon = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: naam) + "(?![\\p{L}\\p{N}])"
        return try? NSRegularExpression(pattern: patroon, options: [.caseInsensitive])
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
        for regel in regels where uit.range(of: regel.naam, options: .caseInsensitive) != nil {
            guard let patroon = Self.patroon(regel.naam) else { continue }
            let bereik = NSRange(uit.startIndex..., in: uit)
            uit = patroon.stringByReplacingMatches(
                in: uit, range: bereik, withTemplate: NSRegularExpression.escapedTemplate(for: regel.rol))
        }
        return uit
    }
}
