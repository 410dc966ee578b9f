/// Characters no format needs and that can hurt a reader: control characters
/// (ESC starts terminal escape sequences), bidi overrides and isolates (they
/// reorder what a reader sees, U+202E), and Unicode noncharacters (U+FFFE: no
/// renderer accepts them). Intake refuses them with their place; terminal output
/// shows them as `<U+XXXX>` instead of obeying them.
public enum OnveiligeTekens {
    /// Dutch description of why the scalar is refused, or nil when it is harmless.
    /// Tab, line feed and carriage return are ordinary text.
    public static func soort(_ teken: Unicode.Scalar) -> String? {
        let v = teken.value
        switch v {
        case 0x09, 0x0A, 0x0D: return nil
        case 0x00...0x1F, 0x7F...0x9F: return "stuurteken"
        case 0x202A...0x202E, 0x2066...0x2069: return "teken dat de leesrichting omdraait"
        case _ where (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE:
            return "ongeldig teken (geen letter maar een 'noncharacter')"
        default: return nil
        }
    }

    public static func bevat(_ tekst: String) -> Bool {
        !zekerVeilig(tekst) && tekst.unicodeScalars.contains { soort($0) != nil }
    }

    /// True when the UTF-8 holds no unsafe character (the usual case, checked on the bytes).
    static func zekerVeilig(_ tekst: String) -> Bool {
        var tekst = tekst
        return tekst.withUTF8 { !bevat(utf8: UnsafeRawBufferPointer($0)) }
    }

    /// Code point as users look it up: `U+001B`.
    public static func codepunt(_ teken: Unicode.Scalar) -> String {
        let hex = String(teken.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A hostile file can hold millions; past this many the rest is one summary.
    static let maximumPerBestand = 100

    /// For a YAML value (escapes already decoded): the place is where the value starts.
    static func meldingen(inWaarde waarde: String, pad: String, regel: Int, kolom: Int) -> [Melding] {
        guard !zekerVeilig(waarde) else { return [] }
        return waarde.unicodeScalars.compactMap { teken in
            soort(teken).map {
                .fout("\($0) \(codepunt(teken)) in de tekst (als code geschreven)", pad: pad,
                      regel: regel, kolom: kolom, hint: "haal de code met de backslash uit de tekst")
            }
        }
    }

    /// One `fout` per unsafe character, with its line and column (in characters).
    public static func meldingen(in tekst: String, pad: String) -> [Melding] {
        guard !zekerVeilig(tekst) else { return [] }
        var meldingen: [Melding] = []
        var regel = 1, kolom = 0, overig = 0
        for teken in tekst.unicodeScalars {
            if teken == "\n" { regel += 1; kolom = 0; continue }
            kolom += 1
            guard let wat = soort(teken) else { continue }
            if meldingen.count == maximumPerBestand { overig += 1; continue }
            meldingen.append(.fout("\(wat) \(codepunt(teken)) in de tekst", pad: pad,
                regel: regel, kolom: kolom,
                hint: "verwijder dit onzichtbare teken (de meeste editors tonen het niet: typ dat stuk tekst opnieuw)"))
        }
        if overig > 0 {
            meldingen.append(.fout("en nog \(overig) van zulke tekens in dit bestand", pad: pad, regel: regel,
                hint: "sla het format opnieuw op als gewone tekst (UTF-8) vanuit het sjabloon"))
        }
        return meldingen
    }
}
