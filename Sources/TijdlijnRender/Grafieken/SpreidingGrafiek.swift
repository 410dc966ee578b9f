import Casus

/// Per figure one line from the least to the greatest casus, with a dot at the
/// median. Each row has its own scale (days and counts do not share one).
public enum SpreidingGrafiek {
    public static func svg(_ o: StatistiekOverzicht, standalone: Bool = false) -> String? {
        tekening(o)?.svg(standalone: standalone)
    }

    public static func tekening(_ o: StatistiekOverzicht) -> Tekening? {
        let rijen = StatistiekOverzicht.figuren.compactMap { f in o.figuren[f.sleutel].map { (f.label, $0) } }
        guard !rijen.isEmpty else { return nil }
        let labelBreedte = 300.0, schaal = 360.0, rijHoogte = 30.0, kop = 10.0
        var svg = Tekening(breedte: labelBreedte + schaal + 150, hoogte: kop + rijHoogte * Double(rijen.count) + 8,
                          titel: "Mediaan en spreiding per cijfer")
        for (n, (label, s)) in rijen.enumerated() {
            let y = kop + rijHoogte * Double(n) + 15
            let maximum = max(s.max, 1)
            func x(_ v: Double) -> Double { labelBreedte + schaal * v / maximum }
            svg.tekst(label, x: labelBreedte - 10, y: y + 4, uitlijning: .end)
            svg.lijn(x1: labelBreedte, y1: y, x2: labelBreedte + schaal, y2: y, kleur: "#dddddd")
            svg.rechthoek(x: x(s.min), y: y - 3, b: max(1, x(s.max) - x(s.min)), h: 6, vulling: "#90a4ae",
                          titel: "\(label): van \(RapportTeksten.getal(s.min)) tot \(RapportTeksten.getal(s.max))")
            svg.rechthoek(x: x(s.mediaan) - 5, y: y - 7, b: 10, h: 14, vulling: "#37474f",
                          titel: "\(label): mediaan \(RapportTeksten.getal(s.mediaan))")
            svg.tekst("\(RapportTeksten.getal(s.mediaan)) (\(RapportTeksten.getal(s.min))–\(RapportTeksten.getal(s.max)))",
                      x: labelBreedte + schaal + 8, y: y + 4, grootte: 11)
        }
        return svg
    }
}
