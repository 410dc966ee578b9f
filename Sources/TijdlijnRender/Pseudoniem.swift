import Casus
import Foundation

/// Replaces every name by its role: names in name fields are dropped, and every known
/// name (and each significant part of it) in any free text becomes the person's role.
/// Interim home until the merge's `Tijdlijn.gepseudonimiseerd()` is on main.
public struct Pseudoniem: Sendable {
    /// (name variant, replacement), longest variant first so full names win over parts.
    let vervangingen: [(String, String)]

    static let tussenvoegsels: Set<String> = ["van", "der", "den", "de", "het", "ten", "ter",
                                              "te", "op", "in", "la", "le", "da", "di", "von"]

    public init(_ t: Tijdlijn) {
        let rollen = Self.rolNamen(t)
        var paren: [(String, String)] = []
        func neem(_ naam: String?, _ rol: String) {
            guard let naam = naam?.trimmingCharacters(in: .whitespaces), !naam.isEmpty else {
                return
            }
            paren.append((naam, rol))
            for deel in naam.split(whereSeparator: { $0 == " " || $0 == "-" })
            where deel.count >= 3 && !Self.tussenvoegsels.contains(deel.lowercased()) {
                paren.append((String(deel), rol))
            }
        }
        for g in t.gezinsleden {
            let rol = (rollen[g.id] ?? g.inhoud.rol.rawValue).lowercased()
            neem(g.inhoud.naam, rol)
            for p in g.perBron { neem(p.inhoud.naam, rol) }
        }
        for n in t.netwerk {
            neem(n.inhoud.naam, n.inhoud.rol)
            for p in n.perBron { neem(p.inhoud.naam, n.inhoud.rol) }
        }
        for b in t.bronnen { neem(b.naam, b.rol) }
        vervangingen = paren.sorted { ($0.0.count, $0.0) > ($1.0.count, $1.0) }
    }

    /// Display roles per person id: "Moeder", "Kind 1", "Kind 2", network roles as written.
    public static func rolNamen(_ t: Tijdlijn) -> [String: String] {
        var namen: [String: String] = [:]
        let perRol = Dictionary(grouping: t.gezinsleden, by: \.inhoud.rol)
        for (rol, leden) in perRol {
            for (i, lid) in leden.enumerated() {
                namen[lid.id] = leden.count > 1 ? "\(Woorden.rol(rol)) \(i + 1)" : Woorden.rol(rol)
            }
        }
        for n in t.netwerk { namen[n.id] = n.inhoud.rol }
        return namen
    }

    /// A known name anywhere in `tekst`, as a whole word, case-insensitive, becomes its role.
    public func tekst(_ tekst: String) -> String {
        var resultaat = tekst
        for (naam, rol) in vervangingen {
            var zoekVanaf = resultaat.startIndex
            while let r = resultaat.range(of: naam, options: [.caseInsensitive],
                                          range: zoekVanaf..<resultaat.endIndex) {
                let ervoor = r.lowerBound > resultaat.startIndex
                    ? resultaat[resultaat.index(before: r.lowerBound)] : " "
                let erna = r.upperBound < resultaat.endIndex ? resultaat[r.upperBound] : " "
                if ervoor.isLetter || erna.isLetter {
                    zoekVanaf = r.upperBound
                    continue
                }
                resultaat.replaceSubrange(r, with: rol)
                zoekVanaf = resultaat.index(r.lowerBound, offsetBy: rol.count,
                                            limitedBy: resultaat.endIndex) ?? resultaat.endIndex
            }
        }
        return resultaat
    }

    func tekst(_ t: String?) -> String? { t.map { tekst($0) } }

    /// The whole render input without names.
    public func pas(_ t: Tijdlijn, annotaties: [Annotatie], bevindingen: [Bevinding])
        -> (Tijdlijn, [Annotatie], [Bevinding]) {
        var t = t
        t.bronnen = t.bronnen.map { b in
            var b = b
            b.naam = nil
            b.bestand = tekst(b.bestand)
            b.rol = tekst(b.rol)
            b.organisatie = tekst(b.organisatie)
            return b
        }
        t.gezinsleden = t.gezinsleden.map { item($0, gezinslid) }
        t.netwerk = t.netwerk.map { item($0, netwerklid) }
        t.gebeurtenissen = t.gebeurtenissen.map { item($0, gebeurtenis) }
        t.interventies = t.interventies.map { item($0, interventie) }
        t.kader = t.kader.map { item($0) { k in
            var k = k
            k.toelichting = tekst(k.toelichting)
            return k
        } }
        t.regie = t.regie.map { item($0) { r in
            var r = r
            r.wie = tekst(r.wie)
            r.organisatie = tekst(r.organisatie)
            r.gemeente = tekst(r.gemeente)
            return r
        } }
        t.conflicten = t.conflicten.map { c in
            var c = c
            c.waarden = c.waarden.map { ConflictWaarde(bron: $0.bron, waarde: tekst($0.waarde)) }
            c.gekozen = tekst(c.gekozen)
            c.keuze = tekst(c.keuze)
            return c
        }
        let a = annotaties.map { a in
            var a = a
            a.door = "deelnemer"
            a.toelichting = tekst(a.toelichting)
            return a
        }
        let b = bevindingen.map { b in
            var b = b
            b.titel = tekst(b.titel)
            b.uitleg = tekst(b.uitleg)
            return b
        }
        return (t, a, b)
    }

    private func item<T>(_ i: TijdlijnItem<T>, _ f: (T) -> T) -> TijdlijnItem<T> {
        var i = i
        i.inhoud = f(i.inhoud)
        i.perBron = i.perBron.map { BronInhoud(bron: $0.bron, inhoud: f($0.inhoud)) }
        return i
    }

    private func gezinslid(_ g: Gezinslid) -> Gezinslid {
        var g = g
        g.naam = nil
        g.eigenheid = tekst(g.eigenheid)
        g.blijVan = tekst(g.blijVan)
        g.mechanisme = tekst(g.mechanisme)
        return g
    }

    private func netwerklid(_ n: Netwerklid) -> Netwerklid {
        var n = n
        n.naam = nil
        n.rol = tekst(n.rol)
        n.toelichting = tekst(n.toelichting)
        return n
    }

    private func gebeurtenis(_ g: Gebeurtenis) -> Gebeurtenis {
        var g = g
        g.wat = tekst(g.wat)
        g.betrokkenen = g.betrokkenen.map { tekst($0) }
        g.dynamiek = tekst(g.dynamiek)
        g.effectProfessionals = tekst(g.effectProfessionals)
        g.volgendeStap = tekst(g.volgendeStap)
        g.bron = tekst(g.bron)
        return g
    }

    private func interventie(_ i: Interventie) -> Interventie {
        var i = i
        i.naam = tekst(i.naam)
        i.aanbieder = tekst(i.aanbieder)
        i.gerichtOp = i.gerichtOp.map { tekst($0) }
        i.resultaat = tekst(i.resultaat)
        return i
    }
}
