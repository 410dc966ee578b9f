/// The readable Dutch view of `casus patronen`: per finding its title, the explanation
/// and the evidence items with their dates, as a facilitator reads it out in the room.
public enum PatronenTekst {
    static let breedte = 92

    public static func maak(_ bevindingen: [Bevinding], tijdlijn: Tijdlijn) -> String {
        let index = BewijsIndex(tijdlijn)
        var regels: [String] = []
        if bevindingen.isEmpty {
            regels.append("Casus \(tijdlijn.casus): geen patronen gevonden.")
            return regels.joined(separator: "\n") + "\n"
        }
        regels.append("Casus \(tijdlijn.casus): "
                      + Leesbaar.aantal(bevindingen.count, "bevinding", "bevindingen") + ".")
        for (nummer, b) in bevindingen.enumerated() {
            regels.append("")
            regels.append("\(nummer + 1). \(b.titel) (\(b.patroon))")
            regels += omgebroken(b.uitleg, inspringing: "   ")
            if b.bewijs.isEmpty {
                regels.append("   Bewijs: geen afzonderlijke items (zie de uitleg).")
                continue
            }
            regels.append("   Bewijs:")
            for id in b.bewijs {
                guard let item = index[id] else {
                    regels.append("   - \(id)  (niet gevonden in de tijdlijn)")
                    continue
                }
                let wanneer = item.wanneer.map { ", \($0)" } ?? ""
                regels.append("   - \(id)  \(item.label)\(wanneer)")
            }
        }
        return regels.joined(separator: "\n") + "\n"
    }

    /// Wraps at word boundaries so explanations stay readable in a terminal.
    static func omgebroken(_ tekst: String, inspringing: String) -> [String] {
        var regels: [String] = []
        var huidige = inspringing
        for woord in tekst.split(separator: " ") {
            if huidige.count > inspringing.count && huidige.count + 1 + woord.count > breedte {
                regels.append(huidige)
                huidige = inspringing
            }
            huidige += (huidige.count > inspringing.count ? " " : "") + woord
        }
        if huidige.count > inspringing.count { regels.append(huidige) }
        return regels
    }
}
