import Casus
import Document

extension VerslagInhoud {
    /// "Hier verschillen we" (issue 19): the moments with both smileys and sadneys, each
    /// with what both sides said. `annotaties`: as read, and as shown (door resolved).
    static func verdeeld(_ annotaties: [(Annotatie, Annotatie)], item: (String) -> String) -> [Document.Blok] {
        let verdeeld = Statistiek.verdeeld(annotaties.map(\.0))
        guard !verdeeld.isEmpty else { return [] }
        return [
            .kop(2, "Hier verschillen we"),
            .alinea("Op \(verdeeld.count == 1 ? "dit moment" : "deze \(verdeeld.count) momenten") plakte de groep "
                    + "zowel smileys als sadneys: wat de een zag helpen, hielp volgens de ander niet."),
            .tabel(kop: ["Moment", "Smileys", "Sadneys", "Wat de deelnemers erbij zeiden"],
                   rijen: verdeeld.map { v in
                       let stemmen = annotaties.filter { $0.0.item == v.item }.map { a, getoond in
                           (a.soort == .smiley ? "Smiley" : "Sadney") + " (\(getoond.door))"
                               + (getoond.toelichting.map { ": \($0)" } ?? "")
                       }
                       return [item(v.item), "\(v.smiley)", "\(v.sadney)", stemmen.joined(separator: "\n")]
                   }, breedtes: [0.26, 0.14, 0.14, 0.46]),
        ]
    }
}
