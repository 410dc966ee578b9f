import Casus

/// Horizontal bars: per row (thema, soort interventie or kader) one bar of
/// smileys and one of sadneys, each linking to the items behind it.
public enum AnnotatieStaven {
    static let smileyKleur = "#1565c0"
    static let sadneyKleur = "#e65100"

    public static func svg<V: RijVeld>(_ rijen: [AnnotatieRij<V>], titel: String,
                                       label: (String) -> String, standalone: Bool = false) -> String {
        tekening(rijen, titel: titel, label: label).svg(standalone: standalone)
    }

    public static func tekening<V: RijVeld>(_ rijen: [AnnotatieRij<V>], titel: String,
                                            label: (String) -> String) -> Tekening {
        let labelBreedte = 200.0
        let staafRuimte = 420.0
        let rijHoogte = 34.0
        let kop = 34.0
        let breedte = labelBreedte + staafRuimte + 50
        let hoogte = kop + rijHoogte * Double(rijen.count) + 8
        let maximum = Double(max(1, rijen.map { max($0.smiley, $0.sadney) }.max() ?? 1))
        var svg = Tekening(breedte: breedte, hoogte: hoogte, titel: titel)

        svg.rechthoek(x: labelBreedte, y: 8, b: 12, h: 12, vulling: smileyKleur)
        svg.tekst("smileys (dit hielp)", x: labelBreedte + 18, y: 18, grootte: 11)
        svg.rechthoek(x: labelBreedte + 160, y: 8, b: 12, h: 12, vulling: sadneyKleur)
        svg.tekst("sadneys (dit hielp niet)", x: labelBreedte + 178, y: 18, grootte: 11)

        for (n, rij) in rijen.enumerated() {
            let y = kop + rijHoogte * Double(n)
            svg.lijn(x1: labelBreedte, y1: y, x2: labelBreedte, y2: y + rijHoogte - 4)
            svg.tekst(label(rij.waarde), x: labelBreedte - 8, y: y + 19, uitlijning: .end)
            for (k, (soort, aantal)) in [(AnnotatieSoort.smiley, rij.smiley), (.sadney, rij.sadney)]
                .enumerated() {
                let b = staafRuimte * Double(aantal) / maximum
                let sy = y + 3 + Double(k) * 14
                let anker = aantal > 0 ? RapportAnkers.rijSpoor(V.naam, rij.waarde, soort) : nil
                svg.rechthoek(x: labelBreedte, y: sy, b: b, h: 12,
                              vulling: soort == .smiley ? smileyKleur : sadneyKleur,
                              titel: "\(label(rij.waarde)): \(RapportTeksten.aantal(aantal, soort))", link: anker)
                svg.tekst(String(aantal), x: labelBreedte + b + 4, y: sy + 10, grootte: 10,
                          link: anker)
            }
        }
        return svg
    }
}
