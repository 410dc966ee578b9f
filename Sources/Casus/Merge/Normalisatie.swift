import Foundation

/// Text normalisation for matching and ids: case, diacritics and spacing must not
/// decide whether two professionals wrote about the same thing.
package enum Normalisatie {
    /// Lowercase, without diacritics, every run of non-letters/digits one space.
    static func normaal(_ tekst: String) -> String {
        alleenASCII(tekst) ?? volledig(tekst)
    }

    /// The same for plain ASCII (most of what is written), without Foundation's folding:
    /// lowercase, letters and digits kept, every other run one space. nil for other text.
    static func alleenASCII(_ tekst: String) -> String? {
        var uit: [UInt8] = []
        uit.reserveCapacity(tekst.utf8.count)
        var tussenruimte = false
        for byte in tekst.utf8 {
            guard byte < 0x80 else { return nil }
            let klein = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (klein >= 0x61 && klein <= 0x7A) || (klein >= 0x30 && klein <= 0x39) {
                if tussenruimte && !uit.isEmpty { uit.append(0x20) }
                tussenruimte = false
                uit.append(klein)
            } else {
                tussenruimte = true
            }
        }
        return String(decoding: uit, as: UTF8.self)
    }

    /// Any text: Foundation folds case, diacritics and width.
    static func volledig(_ tekst: String) -> String {
        let gevouwen = tekst.folding(options: [.diacriticInsensitive, .caseInsensitive,
                                               .widthInsensitive], locale: nil)
        var uit = String.UnicodeScalarView()
        var tussenruimte = false
        for teken in gevouwen.unicodeScalars {
            if CharacterSet.alphanumerics.contains(teken) {
                if tussenruimte && !uit.isEmpty { uit.append(" ") }
                tussenruimte = false
                uit.append(teken)
            } else {
                tussenruimte = true
            }
        }
        return String(uit)
    }

    /// `Wijkteam Hengelo` → `wijkteam-hengelo`; never empty (falls back to `leeg`).
    package static func slug(_ tekst: String) -> String {
        slug(woorden: normaal(tekst).split(separator: " ").map(String.init))
    }

    package static func slug(woorden: [String]) -> String {
        woorden.isEmpty ? "leeg" : woorden.joined(separator: "-")
    }

    /// Trimmed, every run of white space one space: for display only.
    static func enkeleSpaties(_ tekst: String) -> String {
        alEnkeleSpaties(tekst) ? tekst : tekst.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Printable ASCII with one space between words and none at either end: already
    /// what `enkeleSpaties` makes (most text is), seen without splitting into characters.
    static func alEnkeleSpaties(_ tekst: String) -> Bool {
        var vorigeSpatie = true
        for b in tekst.utf8 {
            guard b >= 0x20 && b < 0x7F else { return false }
            if b == 0x20 && vorigeSpatie { return false }
            vorigeSpatie = b == 0x20
        }
        return !vorigeSpatie || tekst.isEmpty
    }

    /// A short slug of the first significant words, for readable ids (callers take
    /// the names out first: see `Pseudonimisering`).
    static func kortSlug(woorden: [String], maxWoorden: Int = 3, tekens: Int = 32) -> String {
        var gekozen: [String] = []
        var lengte = 0
        for woord in woorden
        where !stopwoorden.contains(woord) {
            if gekozen.count == maxWoorden || lengte + woord.count > tekens { break }
            gekozen.append(woord)
            lengte += woord.count + 1
        }
        return gekozen.isEmpty ? "zonder-tekst" : gekozen.joined(separator: "-")
    }

    /// Word features for text similarity: significant words cut to their first
    /// `stamLengte` letters, a crude stemmer so `melding`/`meldingen` and
    /// `verhuist`/`verhuizing` meet.
    static func kenmerken(_ tekst: String) -> Set<String> {
        var uit = Set<String>()
        for woord in normaal(tekst).split(separator: " ")
        where woord.count >= 3 && !stopwoorden.contains(String(woord)) {
            uit.insert(String(woord.prefix(stamLengte)))
        }
        return uit
    }

    static let stamLengte = 5

    /// Dice coefficient of two feature sets: 2|A∩B| / (|A|+|B|), 0 when both are empty.
    static func gelijkenis(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        let (klein, groot) = a.count <= b.count ? (a, b) : (b, a)
        let gedeeld = klein.reduce(0) { $0 + (groot.contains($1) ? 1 : 0) }
        return 2 * Double(gedeeld) / Double(a.count + b.count)
    }

    /// FNV-1a, 64 bit: a hash that is the same on every run and machine
    /// (Swift's `Hasher` is seeded per process, useless for stable ids).
    static func hash(_ tekst: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in tekst.utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }
        return h
    }

    /// The first `lengte` hex digits of `hash`, for id suffixes.
    static func kortHash(_ tekst: String, lengte: Int = 6) -> String {
        let hex = String(hash(tekst), radix: 16)
        let vol = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return String(vol.prefix(lengte))
    }

    /// Dutch function words that say nothing about what happened.
    static let stopwoorden: Set<String> = [
        "de", "het", "een", "en", "of", "van", "in", "op", "met", "naar", "bij", "door",
        "voor", "na", "is", "was", "zijn", "wordt", "werd", "worden", "te", "dat", "die",
        "dit", "er", "om", "aan", "als", "ook", "over", "tot", "uit", "niet", "nog",
        "heeft", "hebben", "had", "zich", "hun", "haar", "hij", "zij", "ze", "wel", "dan",
        "maar", "toen", "weer", "al", "geen", "meer", "onder", "tegen", "tussen",
        "ik", "mij", "me", "mijn", "wij", "we", "ons", "onze", "je", "jij", "u", "zo", "nu",
    ]
}

/// Canonical text of a value: JSON with sorted keys. Used as a sort and identity
/// key so that nothing depends on the order in which files were read.
package struct Canoniek: @unchecked Sendable {
    private let encoder: JSONEncoder

    package init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    package func sleutel<T: Encodable>(_ waarde: T) -> String {
        guard let data = try? encoder.encode(waarde) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
