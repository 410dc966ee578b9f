import Casus
import Foundation

/// The project's own PRNG: a failing seed can be replayed.
typealias Toeval = SplitMix64

extension SplitMix64 {
    init(_ zaad: UInt64) { self.init(zaad: zaad) }
}

/// Random Dutch-looking names: diacritics, two letters, several parts with particles,
/// double first names, and names that are ordinary words.
enum NaamGenerator {
    static let begin = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
                        "br", "kr", "st", "fl", "gr", "sj", "th"]
    static let klinker = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "oe", "ë", "ï", "é", "ö", "ü", "á",
                          "è", "ij", "ui"]
    static let eind = ["", "", "n", "r", "s", "l", "m", "k", "t", "nd", "rt"]
    static let tussen = ["de", "van", "van der", "van den", "ter", "ten", "op de"]
    static let lastig = ["Zoë", "Jaïr", "Bo", "Roos", "Wil", "Hoop", "Anna de Vries", "Émile", "Sanne",
                         "Jan-Willem", "Noor van den Berg", "Iris", "Mees", "Ré", "Öz"]

    static func deel(_ t: inout Toeval, lettergrepen: Int) -> String {
        var s = ""
        for _ in 0..<lettergrepen { s += t.kies(begin) + t.kies(klinker) }
        s += t.kies(eind)
        return s.prefix(1).uppercased() + s.dropFirst()
    }

    /// A first name, sometimes with a surname (with or without a particle) or a double first name.
    static func naam(_ t: inout Toeval) -> String {
        if t.kans(0.15) { return t.kies(lastig) }
        var voornaam = t.kans(0.2) ? t.kies(begin).uppercased().prefix(1) + t.kies(klinker)
                                   : deel(&t, lettergrepen: t.getal(1...3))
        if t.kans(0.1) { voornaam += "-" + deel(&t, lettergrepen: t.getal(1...2)) }
        guard t.kans(0.6) else { return voornaam }
        let achter = deel(&t, lettergrepen: t.getal(1...3))
        return t.kans(0.4) ? "\(voornaam) \(t.kies(tussen)) \(achter)" : "\(voornaam) \(achter)"
    }

    /// The name, or one of its parts, as someone might type it in free text.
    static func vorm(_ naam: String, _ t: inout Toeval) -> String {
        let delen = naam.split(separator: " ").map(String.init)
        let echteDelen = delen.filter { !tussen.joined(separator: " ").split(separator: " ").contains(Substring($0)) }
        var woorden = t.kans(0.5) || echteDelen.isEmpty ? delen : [t.kies(echteDelen)]
        // Case and diacritics.
        switch t.getal(0...3) {
        case 0: woorden = woorden.map { $0.lowercased() }
        case 1: woorden = woorden.map { $0.uppercased() }
        case 2: woorden = woorden.map { $0.folding(options: .diacriticInsensitive, locale: nil) }
        default: break
        }
        // An invisible character inside one word.
        if t.kans(0.3), let i = woorden.indices.first(where: { woorden[$0].count >= 2 }) {
            let w = woorden[i]
            let plek = w.index(w.startIndex, offsetBy: t.getal(1...w.count - 1))
            woorden[i] = String(w[..<plek]) + t.kies(["\u{00AD}", "\u{200B}", "\u{2060}", "\u{200D}"]) + w[plek...]
        }
        // A possessive or diminutive on the last word.
        if t.kans(0.5) { woorden[woorden.count - 1] += t.kies(["s", "'s", "’s", "je", "tje", "ke", "ie"]) }
        let scheiding = t.kies([" ", "\u{00A0}", "\u{202F}", "\u{2009}", "  "])
        var tekst = woorden.joined(separator: scheiding)
        // Another Unicode form.
        if t.kans(0.3) { tekst = tekst.decomposedStringWithCanonicalMapping }
        return tekst
    }

    static let zinnen = [
        "Gesprek met {} over de school.", "{} huilt bij de overdracht.", "Moeder zegt dat {} niet meer wil.",
        "Op {} verjaardag liep het uit de hand.", "Vader belt ({}) boos op.", "{}: weigert contact.",
        "Overleg bij {} thuis, daarna ruzie.", "De juf van {} maakt zich zorgen.", "{}, moeder en oma samen.",
        "Tekening van {} hangt op de wand.",
    ]

    /// A sentence with the name in a random form.
    static func zin(met naam: String, _ t: inout Toeval) -> String {
        t.kies(zinnen).replacingOccurrences(of: "{}", with: vorm(naam, &t))
    }
}
