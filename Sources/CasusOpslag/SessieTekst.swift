import Casus
/// The session as readable text for `casus toon`: when, who led it, who took
/// part, what the group added, the eight principles and the agreements.
/// Takes a session already prepared for display (`Sessie.weergave`).
enum SessieTekst {
    static func maak(_ s: Sessie, afspraken: [Int64] = [], evaluaties: [Int64] = []) -> String {
        var uit = "\nSessie"
        if let datum = s.datum { uit += " van \(datum.tekst)" }
        if let facilitator = s.facilitator { uit += ", facilitator \(facilitator)" }
        uit += "\n"
        if !s.deelnemers.isEmpty {
            uit += "\nDeelnemers (\(s.deelnemers.count)):\n"
            for d in s.deelnemers {
                uit += "  - " + (d.id.map { "[\($0)] " } ?? "") + d.rol + (d.organisatie.map { ", \($0)" } ?? "")
                uit += (d.checkIn.map { " — check-in: \($0)" } ?? "") + "\n"
            }
        }
        if !s.gezinsleden.isEmpty {
            uit += "\nGezinsleden aangevuld in de sessie:\n"
            for a in s.gezinsleden { uit += "  - \(Werkbank.beschrijf(a))\n" }
        }
        if !s.kies.isEmpty {
            uit += "\nKeuzes van de facilitator (\(s.kies.count)):\n"
            for k in s.kies { uit += "  - \(Werkbank.beschrijf(k))\n" }
        }
        uit += "\nVisie rust en welzijn (\(s.visie.count) van 8 principes besproken):\n"
        for principe in Principe.alle {
            guard let v = s.visie.first(where: { $0.principe == principe.nummer }) else {
                uit += "  \(principe.nummer). \(principe.kort): nog niet besproken\n"
                continue
            }
            uit += "  \(principe.nummer). \(principe.kort): \(v.oordeel.rawValue)"
            uit += (v.toelichting.map { " — \($0)" } ?? "") + "\n"
            if let hadKunnen = v.hadKunnen { uit += "     had kunnen: \(hadKunnen)\n" }
            if !v.items.isEmpty { uit += "     items: \(v.items.joined(separator: ", "))\n" }
        }
        if !s.afspraken.isEmpty {
            uit += "\nAfspraken (\(s.afspraken.count)):\n"
            for (i, a) in s.afspraken.enumerated() {
                let nummer = i < afspraken.count ? "#\(afspraken[i]) " : "- "
                uit += "  \(nummer)[\(a.status?.rawValue ?? "open")] \(a.wat)"
                let extra = [a.wie.map { "wie: \($0)" }, a.wanneer.map { "wanneer: \($0.tekst)" }].compactMap { $0 }
                uit += (extra.isEmpty ? "" : " (\(extra.joined(separator: ", ")))") + "\n"
                if !a.items.isEmpty { uit += "     items: \(a.items.joined(separator: ", "))\n" }
            }
        }
        if !s.evaluatie.isEmpty {
            uit += "\nEvaluatie:\n"
            for (i, e) in s.evaluatie.enumerated() {
                uit += "  " + (i < evaluaties.count ? "#\(evaluaties[i]) " : "- ") + "\(e.door): \(e.tekst)\n"
            }
        }
        return uit
    }
}
