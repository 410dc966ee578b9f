import Casus

/// Heatmap of patterns (rows) × casussen (columns): a dark cell where the pattern
/// fired in that casus. Each cell links to the casus, each row total to the list
/// of casussen and items behind it.
public enum PatronenHeatmap {
    /// More columns than this would be unreadable; the totals still count all casussen.
    public static let maxKolommen = 60

    public static func svg(_ r: RodeDraden, standalone: Bool = false) -> String {
        tekening(r).svg(standalone: standalone)
    }

    public static func tekening(_ r: RodeDraden) -> Tekening {
        let kolommen = Array(r.casussen.prefix(maxKolommen))
        let labelBreedte = 280.0
        let cel = min(36, max(10, 640 / Double(max(kolommen.count, 1))))
        let rijHoogte = 22.0
        let kopHoogte = 150.0
        let totaalBreedte = 70.0
        let breedte = labelBreedte + cel * Double(kolommen.count) + totaalBreedte + 40
        let voetHoogte = r.casussen.count > maxKolommen ? 30.0 : 10.0
        let hoogte = kopHoogte + rijHoogte * Double(r.patronen.count) + voetHoogte
        var svg = Tekening(breedte: breedte, hoogte: hoogte, titel: "Patronen per casus")

        for (k, casus) in kolommen.enumerated() {
            let x = labelBreedte + cel * (Double(k) + 0.5)
            svg.tekst(casus, x: x + 3, y: kopHoogte - 6, grootte: min(10, cel * 0.8), draai: -60,
                      link: RapportAnkers.casus(casus))
        }
        svg.tekst("in casussen", x: breedte - 40 - totaalBreedte / 2, y: kopHoogte - 6, grootte: 10,
                  vet: true, draai: -60)

        for (n, p) in r.patronen.enumerated() {
            let y = kopHoogte + rijHoogte * Double(n)
            if n % 2 == 0 {
                svg.rechthoek(x: 0, y: y, b: breedte, h: rijHoogte, vulling: "#f7f7f7")
            }
            svg.tekst(p.titel, x: labelBreedte - 8, y: y + 15, uitlijning: .end)
            let gevonden = Set(p.casussen)
            for (k, casus) in kolommen.enumerated() {
                let raak = gevonden.contains(casus)
                svg.rechthoek(
                    x: labelBreedte + cel * Double(k) + 1, y: y + 2, b: cel - 2, h: rijHoogte - 4,
                    vulling: raak ? "#8e1b1b" : "#e4e4e4",
                    titel: "\(p.titel) — \(casus): \(raak ? "gevonden" : "niet gevonden")",
                    link: raak ? RapportAnkers.casus(casus) : nil)
            }
            svg.tekst("\(p.aantalCasussen)/\(r.casussen.count)", x: breedte - 40 - totaalBreedte / 2,
                      y: y + 15, uitlijning: .middle, vet: p.aantalCasussen > 0,
                      link: p.aantalCasussen > 0 ? RapportAnkers.patroonSpoor(p.patroon) : nil)
        }
        if r.casussen.count > maxKolommen {
            svg.tekst("De eerste \(maxKolommen) van \(r.casussen.count) casussen; de tellingen rechts "
                      + "gelden voor alle casussen.", x: 8, y: hoogte - 10, grootte: 11, kleur: "#555")
        }
        return svg
    }
}
