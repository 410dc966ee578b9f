/// Deterministic text measurement for DejaVu Sans from a committed advance table, so the
/// layout needs no Cairo and the painters (which use the same font, unkerned) agree with it.
public enum TekstMaat {
    /// Advance for characters outside the table: the widest common glyph, to stay conservative.
    static let onbekendeBreedte: UInt16 = 1000

    public static func breedte(_ tekst: String, grootte: Double, vet: Bool = false) -> Double {
        var som = 0
        for scalar in tekst.unicodeScalars { som += Int(advance(scalar.value, vet: vet)) }
        return Double(som) * grootte / 1000
    }

    static func advance(_ codepunt: UInt32, vet: Bool) -> UInt16 {
        let tabel = vet ? DejaVuBreedtes.vet : DejaVuBreedtes.normaal
        if codepunt >= DejaVuBreedtes.eersteCodepunt {
            let index = Int(codepunt - DejaVuBreedtes.eersteCodepunt)
            if index < tabel.count, tabel[index] > 0 { return tabel[index] }
        }
        // Combining marks take no room; anything else unknown is counted wide.
        if (0x300...0x36F).contains(codepunt) { return 0 }
        let extra = vet ? DejaVuBreedtes.vetExtra : DejaVuBreedtes.normaalExtra
        return extra[codepunt] ?? onbekendeBreedte
    }

    /// Line height used everywhere: DejaVu's ascent + descent is 1.164 em.
    public static func regelHoogte(_ grootte: Double) -> Double { grootte * 1.2 }

    /// Cuts a single line to `maxBreedte`, ending in an ellipsis when something was cut.
    public static func afgekapt(_ tekst: String, grootte: Double, vet: Bool = false,
                                maxBreedte: Double) -> String {
        if breedte(tekst, grootte: grootte, vet: vet) <= maxBreedte { return tekst }
        let puntjes = "…"
        let ruimte = maxBreedte - breedte(puntjes, grootte: grootte, vet: vet)
        var resultaat = ""
        var gebruikt = 0.0
        for teken in tekst {
            let w = breedte(String(teken), grootte: grootte, vet: vet)
            if gebruikt + w > ruimte { break }
            resultaat.append(teken)
            gebruikt += w
        }
        while resultaat.last == " " { resultaat.removeLast() }
        return resultaat.isEmpty && ruimte < 0 ? "" : resultaat + puntjes
    }

    /// Wraps on spaces into at most `maxRegels` lines; the last line gets an ellipsis when
    /// text remains. A word longer than a line is cut.
    public static func omgebroken(_ tekst: String, grootte: Double, vet: Bool = false,
                                  maxBreedte: Double, maxRegels: Int) -> [String] {
        let woorden = tekst.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            .map(String.init)
        guard !woorden.isEmpty, maxRegels > 0 else { return [] }
        var regels: [String] = []
        var huidig = ""
        var index = 0
        while index < woorden.count {
            let woord = woorden[index]
            let kandidaat = huidig.isEmpty ? woord : huidig + " " + woord
            if breedte(kandidaat, grootte: grootte, vet: vet) <= maxBreedte {
                huidig = kandidaat
                index += 1
                continue
            }
            if huidig.isEmpty {
                // A single word wider than the line.
                huidig = afgekapt(woord, grootte: grootte, vet: vet, maxBreedte: maxBreedte)
                index += 1
            }
            regels.append(huidig)
            huidig = ""
            if regels.count == maxRegels { break }
        }
        if index < woorden.count, regels.count == maxRegels, let laatste = regels.popLast() {
            // Text remains: the last line carries the rest, cut with an ellipsis.
            let rest = ([laatste] + woorden[index...]).joined(separator: " ")
            regels.append(afgekapt(rest, grootte: grootte, vet: vet, maxBreedte: maxBreedte))
        } else if !huidig.isEmpty {
            regels.append(huidig)
        }
        return regels
    }
}
