/// Escaping for text from case data that ends up in HTML, XHTML or SVG.
/// Everything a professional or participant wrote passes through here.
public enum XMLTekst {
    /// Escapes `& < > " '`; drops control characters XML 1.0 forbids.
    public static func escape(_ tekst: String) -> String {
        var uit = ""
        uit.reserveCapacity(tekst.utf8.count)
        for scalar in tekst.unicodeScalars {
            switch scalar {
            case "&": uit += "&amp;"
            case "<": uit += "&lt;"
            case ">": uit += "&gt;"
            case "\"": uit += "&quot;"
            case "'": uit += "&#39;"
            case "\t", "\n", "\r": uit.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                uit.unicodeScalars.append(scalar)
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
