import Casus
import Document
import Foundation

/// The session report for the participants (issue 13): who took part, the
/// family, the wall, what happened with its dynamics, the stickies by thema,
/// the patterns with their evidence, the eight principles, the agreements and
/// the evaluation. Built from an analysis and a session that are already
/// pseudonymised when asked (`Sessie.weergave`), so no name can slip in here.
public enum VerslagInhoud {
    /// The wall as a PNG and the points per pixel at which its text is readable on paper.
    public typealias Muur = (png: Data, puntPerPixel: Double)

    public static func document(_ analyse: Analyse, sessie s: Sessie, muur: Muur?, metNamen: Bool) -> Document {
        let t = analyse.tijdlijn
        let index = ItemIndex(tijdlijn: t, pseudoniem: false)
        let item = { (id: String) -> String in
            let b = index.beschrijving(id)
            return (b.datum.map { "\($0): " } ?? "") + b.omschrijving
        }
        var d = Document(titel: "Sessieverslag casus \(t.casus)",
                         ondertitel: ["Casusanalyse" + (s.datum.map { " van \($0.tekst)" } ?? ""),
                                      metNamen ? "met namen: alleen voor de deelnemers" : "zonder namen"]
                            .joined(separator: " — "))
        d.voeg(.inhoud)

        d.voeg(.kop(1, "Wie er meededen"))
        if let facilitator = s.facilitator { d.voeg(.alinea("Facilitator: \(facilitator).")) }
        if s.deelnemers.isEmpty {
            d.voeg(.alinea("Er zijn geen deelnemers vastgelegd."))
        } else {
            d.voeg(.tabel(kop: ["Deelnemer", "Organisatie", "Check-in"],
                          rijen: s.deelnemers.map { [$0.rol, $0.organisatie ?? "", $0.checkIn ?? ""] },
                          breedtes: [0.28, 0.27, 0.45]))
        }

        d.voeg(.kop(1, "De gezinsleden in beeld"))
        for g in t.gezinsleden {
            let l = g.inhoud
            d.voeg(.kop(3, (metNamen ? l.naam.map { "\($0), " } ?? "" : "") + "\(l.id) (\(l.rol.rawValue))"))
            let uitFormats = [("Eigenheid", l.eigenheid), ("Blij van", l.blijVan), ("Mechanisme", l.mechanisme)]
                .compactMap { naam, w in w.map { "\(naam): \($0)" } }
            if !uitFormats.isEmpty { d.voeg(.lijst(uitFormats)) }
            let aanvullingen = s.gezinsleden.filter { $0.id == l.id }.flatMap { a in
                [("eigenheid", a.eigenheid), ("blij van", a.blijVan), ("mechanisme", a.mechanisme)]
                    .compactMap { naam, w in w.map { "Toegevoegd in de sessie\(a.door.map { " door \($0)" } ?? "") — \(naam): \($0)" } }
            }
            if !aanvullingen.isEmpty { d.voeg(.lijst(aanvullingen)) }
        }

        if let muur {
            d.voeg(.kop(1, "De muur"))
            d.voeg(.grootBeeld(png: muur.png, puntPerPixel: muur.puntPerPixel, naam: "De muur",
                               bijschrift: "De samengevoegde tijdlijn met de smileys en sadneys van de sessie."))
        }

        let vragen = t.gebeurtenissen.filter { $0.inhoud.dynamiek != nil || $0.inhoud.effectProfessionals != nil || $0.inhoud.volgendeStap != nil }
        if !vragen.isEmpty {
            d.voeg(.kop(1, "Wat er gebeurde: dynamiek, effect en volgende stap"))
            d.voeg(.tabel(kop: ["Wanneer en wat", "Dynamiek tussen ouders", "Effect op professionals", "Volgende stap"],
                          rijen: vragen.map { g in
                              [g.inhoud.datum.tekst + ": " + g.inhoud.wat, g.inhoud.dynamiek ?? "", g.inhoud.effectProfessionals ?? "",
                               g.inhoud.volgendeStap ?? ""]
                          }, breedtes: [0.28, 0.24, 0.24, 0.24]))
        }

        d.voeg(.kop(1, "Smileys en sadneys"))
        let annotaties = zip(analyse.annotaties, s.annotaties).map { a, getoond in (a, getoond) }
        d.voeg(.alinea("\(annotaties.filter { $0.0.soort == .smiley }.count) smileys (dit hielp) en \(annotaties.filter { $0.0.soort == .sadney }.count) sadneys (dit hielp niet)."))
        for blok in verdeeld(annotaties, item: item) { d.voeg(blok) }
        for thema in Thema.allCases.map(Optional.some) + [nil] {
            let hier = annotaties.filter { $0.0.thema == thema }
            guard !hier.isEmpty else { continue }
            d.voeg(.kop(2, RapportTeksten.thema(thema?.rawValue ?? "zonder-thema")))
            d.voeg(.lijst(hier.map { a, getoond in
                (a.soort == .smiley ? "Smiley" : "Sadney") + " op " + item(a.item) + " (door \(getoond.door))"
                    + (getoond.toelichting.map { ": \($0)" } ?? "")
            }))
        }

        d.voeg(.kop(1, "Patronen"))
        if analyse.bevindingen.isEmpty { d.voeg(.alinea("Geen patronen gevonden.")) }
        for b in analyse.bevindingen {
            d.voeg(.kop(2, b.titel))
            d.voeg(.alinea(b.uitleg))
            d.voeg(.kleineTekst("Bewijs: " + b.bewijs.map(item).joined(separator: "; ")))
        }

        d.voeg(.kop(1, "Visie toetsen: rust en welzijn"))
        d.voeg(.tabel(kop: ["Principe", "Oordeel", "Hoe het ging", "Hoe het had kunnen gaan"],
                      rijen: Principe.alle.map { p in
                          let v = s.visie.first { $0.principe == p.nummer }
                          return ["\(p.nummer). \(p.kort)", v?.oordeel.rawValue ?? "niet besproken",
                                  (v?.toelichting ?? "") + (v.map { $0.items.isEmpty ? "" : " (over: " + $0.items.map(item).joined(separator: "; ") + ")" } ?? ""),
                                  v?.hadKunnen ?? ""]
                      }, breedtes: [0.21, 0.13, 0.36, 0.30]))
        d.voeg(.kleineTekst(Principe.alle.map { "\($0.nummer). \($0.tekst)" }.joined(separator: " · ")))

        d.voeg(.kop(1, "Afspraken"))
        if s.afspraken.isEmpty { d.voeg(.alinea("Er zijn geen afspraken vastgelegd.")) } else {
            d.voeg(.tabel(kop: ["Wat", "Wie", "Wanneer", "Status"],
                          rijen: s.afspraken.map { [$0.wat, $0.wie ?? "", $0.wanneer?.tekst ?? "", ($0.status ?? .open).rawValue] },
                          breedtes: [0.55, 0.17, 0.16, 0.12]))
        }

        d.voeg(.kop(1, "Evaluatie"))
        d.voeg(s.evaluatie.isEmpty ? .alinea("Er is geen evaluatie vastgelegd.") : .lijst(s.evaluatie.map { "\($0.door): \($0.tekst)" }))
        return d
    }
}
