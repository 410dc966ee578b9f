import Foundation

/// The short Dutch text `casus rode-draden` prints without --json.
public enum RodeDradenSamenvatting {
    public static func tekst(_ r: RodeDraden) -> String {
        let n = r.casussen.count
        var regels = ["Rode draden in \(RapportTeksten.casussen(n)): \(r.annotaties.smiley) smileys, "
                      + "\(r.annotaties.sadney) sadneys.", "", "Patronen (in hoeveel casussen):"]
        let breedte = r.patronen.map(\.titel.count).max() ?? 0
        for p in r.patronen.sorted(by: { ($1.aantalCasussen, $0.patroon) < ($0.aantalCasussen, $1.patroon) }) {
            regels.append("  " + p.titel.padding(toLength: breedte, withPad: " ", startingAt: 0)
                          + "  \(p.aantalCasussen)/\(n)")
        }
        regels += ["", "Smileys / sadneys per thema:"]
        for rij in r.annotaties.perThema {
            regels.append("  \(RapportTeksten.thema(rij.waarde)): \(rij.smiley) / \(rij.sadney)")
        }
        regels += ["", "Per kader (op de datum van het moment):"]
        for rij in r.annotaties.perKader {
            regels.append("  \(RapportTeksten.kader(rij.waarde)): \(rij.smiley) / \(rij.sadney)")
        }
        regels += ["", "Met --rapport rapport.html volgt het rapport met grafieken en verantwoording; "
                   + "met --json de cijfers met hun herkomst."]
        return regels.joined(separator: "\n")
    }
}
