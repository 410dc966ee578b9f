import Foundation

/// Text from formats, the workbench or file names may carry escape sequences
/// (ESC, OSC), bidi overrides or noncharacters. On the terminal they are shown
/// as `<U+001B>`, never obeyed. Every line Casus prints passes here.
public enum Terminaltekst {
    public static func veilig(_ tekst: String) -> String {
        guard OnveiligeTekens.bevat(tekst) else { return tekst }
        var uit = String.UnicodeScalarView()
        for teken in tekst.unicodeScalars {
            if OnveiligeTekens.soort(teken) == nil {
                uit.append(teken)
            } else {
                uit.append(contentsOf: "<\(OnveiligeTekens.codepunt(teken))>".unicodeScalars)
            }
        }
        return String(uit)
    }

    /// JSON on stdout: the same characters as JSON escapes (`\u202e`), so the
    /// document still means exactly the same to a script.
    /// The bytes are checked first (on every core: `rode-draden` prints tens of MB); only
    /// a document that holds such a character is read as characters.
    public static func veilig(json: Data) -> Data {
        guard json.withUnsafeBytes({ OnveiligeTekens.bevat(utf8: $0) }),
              let tekst = String(data: json, encoding: .utf8), OnveiligeTekens.bevat(tekst) else { return json }
        var uit = ""
        for teken in tekst.unicodeScalars {
            guard OnveiligeTekens.soort(teken) != nil else { uit.unicodeScalars.append(teken); continue }
            for eenheid in String(teken).utf16 { uit += String(format: "\\u%04x", eenheid) }
        }
        return Data(uit.utf8)
    }
}
