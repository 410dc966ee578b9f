/// Replaces known names in text by roles, the way Dutch is written: the whole name
/// and each part of it (a two-letter first name too), in any case, with or without
/// its diacritics, in any Unicode form, with format characters inside and any kind
/// of white space between the parts, and in its possessive and diminutive forms
/// (`Sannes`, `Sanne's`, `Basje`, `Sanneke`, `Annie`). The longest name wins
/// (`Anna de Vries` before `Vries`). Matching works on `Tekstwoorden`, never on raw text.
public struct Pseudonimisering: Sendable {
    /// Particles of Dutch surnames: never replaced on their own.
    static let tussenvoegsels: Set<String> = ["van", "der", "den", "de", "het", "ten", "ter", "te", "op",
                                              "in", "la", "le", "da", "di", "von", "del", "du", "des",
                                              "d", "t", "s", "aan", "bij", "uit", "onder", "over", "vd"]

    /// Endings that still name the person: possessive and diminutive (and both).
    static let uitgangen = ["s", "je", "tje", "pje", "etje", "ke", "ie", "jes", "tjes", "pjes", "etjes", "kes",
                            "ies", "ske", "sje"]

    /// A name as folded words, and the role that replaces it.
    struct Sleutel: Sendable {
        var woorden: [String]
        var rol: String
    }

    /// Per first word, the names that start with it, longest first.
    private var perEerste: [String: [Sleutel]] = [:]

    /// `paren`: each person's name with the role that stands in for it. A role that
    /// itself holds a name (a network member written down as `oma Truus`, a gezinslid
    /// id `sanne`) is replaced by its `terugval` (`netwerklid`, `kind`).
    public init(namen paren: [(naam: String?, rol: String, terugval: String)]) {
        let eerst = Pseudonimisering(paren.map { ($0.naam, $0.rol) })
        self.init(paren.map { p in (p.naam, eerst.term(p.rol) == p.rol ? p.rol : p.terugval) })
    }

    /// Organisation names, each replaced by its kind (`wijkteam`, `school`): the
    /// whole name, and the part after the kind word when it starts with an article
    /// (`De Brug` of `Mediationpraktijk De Brug`), never a lone word of it, so
    /// `Hengelo` of `Wijkteam Hengelo` stays a town everywhere else.
    public init(organisaties: [(naam: String, soort: String)]) {
        self.init(organisaties.map { ($0.naam, $0.soort) }, delen: { woorden in
            guard let lidwoord = woorden.firstIndex(where: { ["de", "het", "t"].contains($0) }), lidwoord > 0,
                  lidwoord < woorden.count - 1 else { return [woorden] }
            return [woorden, Array(woorden[lidwoord...])]
        })
    }

    private init(_ paren: [(naam: String?, rol: String)], delen: ([String]) -> [[String]] = Self.delen) {
        var gekozen: [[String]: String] = [:]
        for (naam, rol) in paren {
            guard let naam else { continue }
            let woorden = Tekstwoorden.gevouwen(naam)
            guard !woorden.isEmpty else { continue }
            for deel in delen(woorden) {
                gekozen[deel] = min(gekozen[deel] ?? rol, rol)
            }
        }
        for (woorden, rol) in gekozen {
            perEerste[woorden[0], default: []].append(Sleutel(woorden: woorden, rol: rol))
        }
        for k in perEerste.keys {
            perEerste[k]?.sort { ($0.woorden.count, $1.woorden.joined(separator: " "))
                > ($1.woorden.count, $0.woorden.joined(separator: " ")) }
        }
    }

    /// The whole name and every run of its words that ends on a real name word
    /// (`anna de vries`, `de vries`, `vries`, `anna`), never a particle alone. A
    /// particle is a `tussenvoegsel` between the first and the last word: `Di` and
    /// `Lie Del` are names through and through.
    static func delen(_ woorden: [String]) -> [[String]] {
        func isPartikel(_ k: Int) -> Bool { k > 0 && k < woorden.count - 1 && tussenvoegsels.contains(woorden[k]) }
        var uit: [[String]] = []
        for begin in woorden.indices {
            for eind in begin..<woorden.count where !isPartikel(eind) {
                // An initial alone (`J.`) would replace every lone letter.
                if begin == eind && woorden[begin].count < 2 { continue }
                uit.append(Array(woorden[begin...eind]))
            }
        }
        return uit
    }

    public var isLeeg: Bool { perEerste.isEmpty }

    /// The stems a text word may be a form of: itself, and itself without an ending.
    static func stammen(_ woord: String) -> [String] {
        var uit = [woord]
        for uitgang in uitgangen where woord.count > uitgang.count + 1 && woord.hasSuffix(uitgang) {
            uit.append(String(woord.dropLast(uitgang.count)))
        }
        return uit
    }

    /// Names replaced by roles.
    public func term(_ tekst: String) -> String {
        stukken(tekst).map(\.tekst).joined()
    }

    /// The words of a text for an id: normalised, each name one word (its role as a
    /// slug), so an id reads `kind-2-komt-weekend` whether or not names were known.
    func idWoorden(_ tekst: String) -> [String] {
        stukken(tekst).flatMap { stuk in
            stuk.isRol ? [Normalisatie.slug(stuk.tekst)]
                : Normalisatie.normaal(stuk.tekst).split(separator: " ").map(String.init)
        }
    }

    /// The text in pieces: as written, and the roles where names stood.
    private func stukken(_ tekst: String) -> [(tekst: String, isRol: Bool)] {
        guard !perEerste.isEmpty else { return [(tekst, false)] }
        let woorden = Tekstwoorden(tekst).lijst
        var uit: [(tekst: String, isRol: Bool)] = []
        var vanaf = tekst.startIndex
        var i = 0
        while i < woorden.count {
            guard let (lengte, rol) = treffer(woorden, vanaf: i) else {
                i += 1
                continue
            }
            var eind = woorden[i + lengte - 1].bereik.upperBound
            var volgende = i + lengte
            // `Sanne's`: the 's belongs to the name.
            if volgende < woorden.count, woorden[volgende].ervoor == .apostrof, woorden[volgende].gevouwen == "s" {
                eind = woorden[volgende].bereik.upperBound
                volgende += 1
            }
            let begin = woorden[i].bereik.lowerBound
            if vanaf < begin { uit.append((String(tekst[vanaf..<begin]), false)) }
            uit.append((rol, true))
            vanaf = eind
            i = volgende
        }
        if vanaf < tekst.endIndex || uit.isEmpty { uit.append((String(tekst[vanaf...]), false)) }
        return uit
    }

    /// nil when the text is nothing but a name; otherwise names replaced by roles.
    public func tekst(_ tekst: String?) -> String? {
        guard let tekst else { return nil }
        let woorden = Tekstwoorden(tekst).lijst
        if !woorden.isEmpty, let (lengte, _) = treffer(woorden, vanaf: 0),
           lengte == woorden.count || (lengte == woorden.count - 1 && woorden[lengte].gevouwen == "s"
                                       && woorden[lengte].ervoor == .apostrof) {
            return nil
        }
        return term(tekst)
    }

    /// The longest name starting at word `i`: its length in words and its role.
    private func treffer(_ woorden: [Woord], vanaf i: Int) -> (Int, String)? {
        let eerste = woorden[i]
        for stam in Self.stammen(eerste.gevouwen) {
            guard let kandidaten = perEerste[stam] else { continue }
            for k in kandidaten where past(k, woorden, vanaf: i, eersteIsStam: stam != eerste.gevouwen) {
                return (k.woorden.count, k.rol)
            }
        }
        return nil
    }

    private func past(_ k: Sleutel, _ woorden: [Tekstwoorden.Woord], vanaf i: Int, eersteIsStam: Bool) -> Bool {
        let n = k.woorden.count
        guard i + n <= woorden.count else { return false }
        // An ending only on the last word: `Sannes` is a name, `Sannes de Vries` is not.
        if eersteIsStam && n > 1 { return false }
        for j in 1..<max(n, 1) where j < n {
            let w = woorden[i + j]
            guard w.ervoor == .zacht else { return false }
            let laatste = j == n - 1
            if w.gevouwen == k.woorden[j] { continue }
            if laatste && Self.stammen(w.gevouwen).dropFirst().contains(k.woorden[j]) { continue }
            return false
        }
        return true
    }
}

private typealias Woord = Tekstwoorden.Woord
