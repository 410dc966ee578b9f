/// Escaping for text from case data that ends up in HTML, XHTML or SVG.
/// Everything a professional or participant wrote passes through here.
public enum XMLTekst {
    /// Escapes `& < > " '` for XML content and attributes (and HTML), and drops the
    /// characters XML 1.0 forbids. The one escaping of Casus: the report, the charts and
    /// the wallpaper's SVG all use it.
    public static func escape(_ tekst: String) -> String {
        var uit = ""
        uit.reserveCapacity(tekst.utf8.count)
        for s in tekst.unicodeScalars {
            switch s {
            case "&": uit += "&amp;"
            case "<": uit += "&lt;"
            case ">": uit += "&gt;"
            case "\"": uit += "&quot;"
            case "'": uit += "&apos;"
            default:
                let v = s.value
                let toegestaan = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF)
                    || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
                if toegestaan { uit.unicodeScalars.append(s) }
            }
        }
        return uit
    }

    /// A value usable as an XML id / URL fragment: letters, digits and `-` stay,
    /// anything else becomes `_` plus its hex code, so distinct inputs stay distinct.
    public static func anker(_ delen: String...) -> String {
        anker(delen)
    }

    public static func anker(_ delen: [String]) -> String {
        var uit = ""
        for (n, deel) in delen.enumerated() {
            if n > 0 { uit += "--" }
            for scalar in deel.unicodeScalars {
                if (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                    || scalar == "-" {
                    uit.unicodeScalars.append(scalar)
                } else {
                    uit += "_" + String(scalar.value, radix: 16)
                }
            }
        }
        return uit
    }
}
