/// Builds the rode-draden report for the projectleider as a `RapportDocument`:
/// summary, patterns, smileys and sadneys per theme, soort and kader, the six
/// Twente themes, the most-marked moments, and the verantwoording that every
/// number links to.
public enum RodeDradenRapport {
    public static func document(_ r: RodeDraden, grafieken: RapportGrafieken = RapportGrafieken(),
                                project: Project? = nil) -> RapportDocument {
        var d = RapportDocument(titel: project?.titel ?? "Rode draden in \(RapportTeksten.casussen(r.casussen.count))")
        d.blokken += titelpagina(r, project: project)
        d.blokken.append(.inhoud)
        d.blokken += inleiding(project)
        d.blokken += samenvatting(r)
        d.blokken += werkwijze(r)
        d.blokken += patronen(r, grafiek: grafieken.patronen)
        d.blokken += annotatieTabel(
            "Smileys en sadneys per thema", anker: RapportAnkers.perThema, veld: ThemaVeld.naam,
            kop: "Thema", rijen: r.annotaties.perThema, label: RapportTeksten.thema,
            grafiek: grafieken.perThema,
            uitleg: "Elke smiley en sadney telt één keer, bij het thema dat de deelnemer koos.")
        d.blokken += themas(r, project: project)
        d.blokken += annotatieTabel(
            "Smileys en sadneys per soort interventie", anker: "per-soort-interventie",
            veld: SoortVeld.naam, kop: "Soort interventie",
            rijen: r.annotaties.perSoortInterventie, label: RapportTeksten.soortInterventie,
            grafiek: grafieken.perSoortInterventie,
            uitleg: "Alleen smileys en sadneys op een interventie tellen hier mee.")
        d.blokken += annotatieTabel(
            "Smileys en sadneys per kader", anker: "per-kader", veld: KaderVeld.naam,
            kop: "Kader", rijen: r.annotaties.perKader, label: RapportTeksten.kader,
            grafiek: grafieken.perKader,
            uitleg: "Het kader dat gold op de datum van het gemarkeerde moment: de laatste "
                + "kaderovergang op of vóór die datum; zonder overgangen geldt het vrijwillig kader.")
        d.blokken += visie(r)
        d.blokken += afspraken(r)
        d.blokken += gesprekken(project)
        d.blokken += meestGemarkeerd(r)
        d.blokken += statistiek(r, grafiek: grafieken.statistiek)
        d.blokken += verantwoording(r)
        d.blokken += bijlagen(r)
        return d
    }

    static func samenvatting(_ r: RodeDraden) -> [RapportDocument.Blok] {
        let n = r.casussen.count
        var blokken: [RapportDocument.Blok] = [
            .kop(niveau: 2, tekst: "Samenvatting", anker: "samenvatting"),
            .alinea([
                .tekst("Dit overzicht telt wat in \(RapportTeksten.casussen(n)) terugkwam. "),
                .tekst("Deelnemers plaatsten "),
                .link(RapportTeksten.aantal(r.annotaties.smiley, .smiley), anker: RapportAnkers.perThema),
                .tekst(" (dit hielp) en "),
                .link(RapportTeksten.aantal(r.annotaties.sadney, .sadney), anker: RapportAnkers.perThema),
                .tekst(" (dit hielp niet). Elk getal is een link naar de casussen en momenten erachter."),
            ]),
        ]
        let vaakst = r.patronen.filter { $0.aantalCasussen > 0 }
            .sorted { ($1.aantalCasussen, $0.patroon) < ($0.aantalCasussen, $1.patroon) }
            .prefix(3)
        if !vaakst.isEmpty {
            blokken.append(.alinea([.vet("Vaakst gevonden patronen:")]))
            blokken.append(.lijst(vaakst.map { p in
                [.tekst("\(p.titel): in "), .getal(p.aantalCasussen, RapportAnkers.patroonSpoor(p.patroon)),
                 .tekst(" van de \(n) casussen (\(RapportTeksten.percentage(p.aantalCasussen, van: n)))")]
            }))
        }
        blokken.append(.alinea([.tekst((r.pseudoniem
            ? "Gepseudonimiseerd: namen zijn vervangen door rollen."
            : "Let op: dit rapport bevat namen. Deel het niet buiten de casusanalyse.")
            + (r.organisatiesAnoniem ? " Namen van organisaties zijn vervangen door hun soort (wijkteam, school, …)." : ""))]))
        return blokken
    }

    static func patronen(_ r: RodeDraden, grafiek: Tekening?) -> [RapportDocument.Blok] {
        let n = r.casussen.count
        var blokken: [RapportDocument.Blok] = [
            .kop(niveau: 2, tekst: "Patronen", anker: RapportAnkers.patronen),
            .alinea([.tekst("Per patroon uit de Twentse analyses: in hoeveel casussen het voorkwam. "
                + "Het aantal linkt naar de casussen en de momenten die het patroon lieten zien.")]),
        ]
        if let grafiek {
            blokken.append(.grafiek(grafiek,
                                    beschrijving: "Heatmap van patronen (rijen) per casus (kolommen)."))
        }
        let rijen: [[[RapportDocument.Fragment]]] = r.patronen.map { p in
            [[.tekst(p.titel)], [.tekst(p.thema.map { RapportTeksten.thema($0.rawValue) } ?? "—")],
             [.getal(p.aantalCasussen, RapportAnkers.patroonSpoor(p.patroon))],
             [.tekst(RapportTeksten.percentage(p.aantalCasussen, van: n))]]
        }
        blokken.append(.tabel(koppen: ["Patroon", "Thema", "Casussen", "Aandeel"], rijen: rijen,
                              rechts: [2, 3]))
        return blokken
    }

    static func annotatieTabel<V: RijVeld>(
        _ titel: String, anker: String, veld: String, kop: String, rijen: [AnnotatieRij<V>],
        label: (String) -> String, grafiek: Tekening?, uitleg: String
    ) -> [RapportDocument.Blok] {
        var blokken: [RapportDocument.Blok] = [
            .kop(niveau: 2, tekst: titel, anker: anker), .alinea([.tekst(uitleg)]),
        ]
        if let grafiek {
            blokken.append(.grafiek(grafiek, beschrijving: "Staafdiagram: \(titel.lowercased())."))
        }
        blokken.append(.tabel(koppen: [kop, "Smileys", "Sadneys"], rijen: rijen.map { rij in
            [[.tekst(label(rij.waarde))],
             [.getal(rij.smiley, RapportAnkers.rijSpoor(veld, rij.waarde, .smiley))],
             [.getal(rij.sadney, RapportAnkers.rijSpoor(veld, rij.waarde, .sadney))]]
        }, rechts: [1, 2]))
        return blokken
    }

    static func meestGemarkeerd(_ r: RodeDraden) -> [RapportDocument.Blok] {
        func deel(_ titel: String, _ anker: String, _ lijst: [GemarkeerdItem]) -> [RapportDocument.Blok] {
            var blokken: [RapportDocument.Blok] = [.kop(niveau: 3, tekst: titel, anker: anker)]
            if lijst.isEmpty { return blokken + [.alinea([.tekst("Geen.")])] }
            for g in lijst {
                blokken.append(.alinea([
                    .link(g.omschrijving, anker: RapportAnkers.item(g.casus, g.item)),
                    .tekst(" — casus \(g.casus): \(RapportTeksten.aantal(g.smiley, .smiley)), "
                        + RapportTeksten.aantal(g.sadney, .sadney)),
                ]))
                blokken += g.toelichtingen.map { citaat($0) }
            }
            return blokken
        }
        return [.kop(niveau: 2, tekst: "Meest gemarkeerde momenten", anker: "meest-gemarkeerd")]
            + deel("Dit werkte", "dit-werkte", r.meestGemarkeerd.ditWerkte)
            + deel("Dit hielp niet", "dit-hielp-niet", r.meestGemarkeerd.ditHielpNiet)
    }

    /// A sticky note: its text, who wrote it (only with names), and where it was placed.
    static func citaat(_ t: Toelichting, bij item: ItemBeschrijving? = nil) -> RapportDocument.Blok {
        let teken = t.soort == .smiley ? "☺ " : "☹ "
        var fragmenten: [RapportDocument.Fragment] = [.tekst(teken + "“" + t.tekst + "”")]
        if let door = t.door { fragmenten.append(.tekst(" — \(door)")) }
        if let item {
            fragmenten += [.tekst(" — bij "),
                           .link(item.omschrijving, anker: RapportAnkers.item(item.casus, item.item)),
                           .tekst(" (casus \(item.casus))")]
        }
        return .citaat(fragmenten)
    }
}
