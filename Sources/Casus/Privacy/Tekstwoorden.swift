import Foundation

/// A text cut into words for finding names, as a reader sees them: case, diacritics,
/// Unicode form (NFC/NFD) and invisible format characters (soft hyphen, zero-width
/// space, bidi marks) do not count; every kind of white space separates.
struct Tekstwoorden {
    enum Scheiding: Equatable {
        /// White space or a hyphen: the parts of one name may stand on both sides.
        case zacht
        /// An apostrophe: `Sanne's`.
        case apostrof
        /// Anything else (punctuation, the start of the text).
        case hard
    }

    struct Woord {
        /// Lowercase, without diacritics or format characters.
        var gevouwen: String
        /// Where the word stands in the original text.
        var bereik: Range<String.Index>
        /// What stands between this word and the one before it.
        var ervoor: Scheiding
    }

    private(set) var lijst: [Woord] = []

    init(_ tekst: String) {
        var huidig = ""
        var begin = tekst.startIndex
        var eind = tekst.startIndex
        // The strongest separator since the last word; the start of the text is hard.
        var tussen = Scheiding.hard
        var index = tekst.startIndex
        func sluit() {
            guard !huidig.isEmpty else { return }
            lijst.append(Woord(gevouwen: huidig, bereik: begin..<eind, ervoor: tussen))
            huidig = ""
            tussen = .zacht
        }
        while index < tekst.endIndex {
            let teken = tekst[index]
            let na = tekst.index(after: index)
            let gevouwen = Self.vouw(teken)
            if gevouwen.isEmpty {
                // Invisible: part of the word around it (`San\u{AD}ne` is Sanne).
                if !huidig.isEmpty { eind = na }
            } else if gevouwen.unicodeScalars.allSatisfy(Self.isWoordTeken) {
                if huidig.isEmpty { begin = index }
                huidig += gevouwen
                eind = na
            } else {
                sluit()
                tussen = Self.sterkste(tussen, Self.soort(teken))
            }
            index = na
        }
        sluit()
    }

    private static func sterkste(_ a: Scheiding, _ b: Scheiding) -> Scheiding {
        if a == .hard || b == .hard { return .hard }
        return a == .apostrof || b == .apostrof ? .apostrof : .zacht
    }

    private static func soort(_ teken: Character) -> Scheiding {
        if teken.isWhitespace || "-\u{2010}\u{2011}".contains(teken) { return .zacht }
        if "'\u{2019}\u{2018}\u{02BC}`\u{00B4}".contains(teken) { return .apostrof }
        return .hard
    }

    static func isWoordTeken(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Scalars a reader does not see: format characters (soft hyphen, zero-width
    /// space and joiners, bidi controls, BOM) and variation selectors.
    static func isOnzichtbaar(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .format || s.properties.isVariationSelector
    }

    /// One character folded: lowercase, no diacritics, width-folded, invisible scalars
    /// dropped; empty when nothing visible is left.
    static func vouw(_ teken: Character) -> String {
        if teken.isASCII {
            return teken.isLetter || teken.isNumber ? teken.lowercased() : String(teken)
        }
        var zichtbaar = String.UnicodeScalarView()
        for s in teken.unicodeScalars where !isOnzichtbaar(s) { zichtbaar.append(s) }
        guard !zichtbaar.isEmpty else { return "" }
        return String(zichtbaar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                         locale: nil)
    }

    /// A whole text folded the same way, words separated by one space: how names
    /// are compared (`Zoë`, `Zoe\u{308}` and `ZOE` are one name).
    static func gevouwen(_ tekst: String) -> [String] {
        Tekstwoorden(tekst).lijst.map(\.gevouwen)
    }
}
