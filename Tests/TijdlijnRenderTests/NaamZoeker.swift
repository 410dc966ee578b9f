import Foundation

/// The test's own way to find a name in an output, written apart from the
/// pseudonymiser so it cannot share its mistakes: compatibility decomposition,
/// marks and format characters dropped, lowercase, then whole words, also with
/// a possessive or diminutive ending.
enum NaamZoeker {
    static let uitgangen = ["", "s", "je", "tje", "ke", "ie", "jes", "tjes"]
    static let tussenvoegsels: Set<String> = ["de", "van", "der", "den", "ter", "ten", "op", "het"]

    static func woorden(_ tekst: String) -> Set<String> {
        var schoon = String.UnicodeScalarView()
        for s in tekst.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format: continue
            default: schoon.append(s)
            }
        }
        var uit = Set<String>()
        var woord = ""
        for teken in String(schoon).lowercased() {
            if teken.isLetter || teken.isNumber { woord.append(teken) } else if !woord.isEmpty {
                uit.insert(woord)
                woord = ""
            }
        }
        if !woord.isEmpty { uit.insert(woord) }
        return uit
    }

    /// The parts of a name worth looking for: no particles, at least two letters.
    static func delen(_ naam: String) -> [String] {
        woorden(naam.replacingOccurrences(of: "-", with: " ")).filter { $0.count >= 2 && !tussenvoegsels.contains($0) }
            .sorted()
    }

    /// The first part of `naam` that stands in `woorden`, in any of its forms.
    static func gevonden(_ naam: String, in woorden: Set<String>) -> String? {
        for deel in delen(naam) {
            for uitgang in uitgangen where woorden.contains(deel + uitgang) { return deel + uitgang }
        }
        return nil
    }

    /// The text chunks of a PNG (tEXt, iTXt, zTXt keyword and text), as bytes read as Latin-1/UTF-8.
    static func pngTekst(_ data: Data) -> String {
        var uit = ""
        var o = 8
        let bytes = [UInt8](data)
        while o + 8 <= bytes.count {
            let lengte = bytes[o..<o + 4].reduce(0) { $0 << 8 | Int($1) }
            let soort = String(decoding: bytes[o + 4..<o + 8], as: UTF8.self)
            guard o + 12 + lengte <= bytes.count else { break }
            if ["tEXt", "iTXt", "zTXt"].contains(soort) {
                uit += String(decoding: bytes[o + 8..<o + 8 + lengte], as: UTF8.self) + "\n"
            }
            o += 12 + lengte
        }
        return uit
    }
}
