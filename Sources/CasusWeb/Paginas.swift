import Casus
import CasusOpslag
import TijdlijnRender

/// The four pages of the session. The server writes the structure and the
/// data; the scripts (Scripts.swift) make it live.
enum Paginas {
    /// The buttons of the facilitator's screen. Step 4 of the method has three
    /// screens: the stickies (4), the principles (5) and the agreements (6); 7 is the closing.
    static let stappen = [
        (1, "Voorstellen"), (2, "Gezinsleden"), (3, "Tijdlijn"), (4, "Dit werkt"), (5, "Visie"), (6, "Afspraken"),
        (7, "Afronding"),
    ]

    struct Invoer {
        var casus: String
        var tijdlijn: Tijdlijn
        var pseudoniem: Bool
        var annotaties: [OpgeslagenAnnotatie]
        var deelnemers: [WebDeelnemer]
        var stap: Int
        var code: String
        /// `http://HOST` as the browser reached us, for the join address.
        var adres: String
    }

    /// `/`: the facilitator walks the steps; `/scherm`: the projector follows.
    static func sessie(_ i: Invoer, projector: Bool) -> String {
        let nav = projector ? HTML() : HTML.el("nav", [("id", "stappen"), ("aria-label", "Stappen")],
            stappen.map { nr, naam in
                HTML.el("button", [("type", "button"), ("data-naar", String(nr)),
                                   ("aria-current", nr == i.stap ? "step" : nil)], "\(nr) · \(naam)")
            })
        let kop = HTML.el("header", [("class", "kop")], [
            HTML.el("h1", [], "Casus \(i.casus)"),
            HTML.el("p", [("class", "stapnaam"), ("id", "stapnaam"), ("data-namen", stapNamenJSON)], stapNaam(i.stap)),
            nav,
        ])
        let inhoud = HTML.el("main", [("id", "sessie"), ("data-stap", String(i.stap))], [
            stap1(i, projector: projector),
            stap2(i, projector: projector),
            HTML.el("section", [("data-stappen", "3 4"), ("class", "muurvak")], [
                muurBediening(i.tijdlijn, metDetail: !projector),
                HTML.el("div", [("class", "muurkader"), ("id", "muurkader")],
                        [MuurSVG.svg(i.tijdlijn, pseudoniem: i.pseudoniem, annotaties: i.annotaties)]),
                HTML.el("aside", [("id", "detail"), ("class", "detail"), ("hidden", "")], []),
            ]),
            stap4(projector: projector),
            visie(projector: projector),
            afspraken(projector: projector),
            afronding(i, projector: projector),
        ])
        return HTML.pagina(titel: projector ? "Casus \(i.casus) · scherm" : "Casus \(i.casus) · facilitator",
                           klasse: projector ? "scherm" : "facilitator",
                           scripts: ["casus", "muur", "sessie", "stappen"] + (projector ? [] : ["correcties"]), [kop, inhoud])
    }

    static let stapNamen = [1: "Stap 1 · Voorstellen en samen in gesprek", 2: "Stap 2 · De gezinsleden in beeld",
                            3: "Stap 3 · De tijdlijn", 4: "Stap 4 · Dit werkt: smileys en sadneys",
                            5: "Stap 4 · Visie toetsen: rust en welzijn", 6: "Stap 4 · Afspraken",
                            7: "Afronding · Evaluatie en verslag"]

    static func stapNaam(_ stap: Int) -> String { stapNamen[stap] ?? "" }

    /// For the script, which renames the header when the step changes.
    static var stapNamenJSON: String {
        "{" + stapNamen.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\(JSON.tekst($0.value))" }.joined(separator: ",") + "}"
    }

    static func stap1(_ i: Invoer, projector: Bool) -> HTML {
        HTML.el("section", [("data-stappen", "1")], [
            HTML.el("h2", [], "Doe mee"),
            HTML.el("p", [("class", "uitnodiging")], [
                .t("Ga op je telefoon naar "), HTML.el("strong", [], "\(i.adres)/doe-mee"),
                .t(" en vul de code in: "), HTML.el("strong", [("class", "code")], i.code),
            ]),
            HTML.el("h2", [], "Wie er zijn"),
            HTML.el("ul", [("id", "deelnemers"), ("class", "deelnemers")], i.deelnemers.map { d in
                HTML.el("li", [("data-deelnemer", d.id)], [
                    HTML.el("span", [("class", "wie")], [d.rol, d.organisatie, i.pseudoniem ? nil : d.naam]
                        .compactMap { $0 }.joined(separator: " · ")),
                    i.pseudoniem ? HTML() : d.checkIn.map { HTML.el("q", [("class", "checkin")], $0) } ?? HTML(),
                ])
            }),
        ])
    }

    /// Step 2: a card per family member (what the formats say), with the group's additions
    /// (filled in by the script); the facilitator adds below.
    static func stap2(_ i: Invoer, projector: Bool) -> HTML {
        let namen = Woorden.rolNamen(i.tijdlijn)
        return HTML.el("section", [("data-stappen", "2"), ("class", "metformulier")], [
            HTML.el("h2", [], "De gezinsleden"),
            HTML.el("div", [("class", "kaarten"), ("id", "kaarten")], i.tijdlijn.gezinsleden.map { item in
                let g = item.inhoud
                var regels: [HTML] = [HTML.el("h3", [], gezinslidNaam(item, namen))]
                if let geboren = g.geboren { regels.append(HTML.el("p", [], "geboren \(geboren.tekst)")) }
                for (kop, tekst) in [("Eigenheid", g.eigenheid), ("Blij van", g.blijVan), ("Mechanisme", g.mechanisme)] {
                    if let tekst { regels.append(HTML.el("p", [], [HTML.el("b", [], kop + ": "), .t(tekst)])) }
                }
                regels.append(HTML.el("div", [("class", "aanvullingen"), ("data-aanvullingen", item.id)], []))
                return HTML.el("article", [("class", "kaart"), ("data-gezinslid", item.id)], regels)
            }),
            projector ? HTML() : StapFormulieren.aanvullen(i.tijdlijn),
        ])
    }

    /// "Kind 1 · Daan" (the name only where the page may show it: the timeline given is then not pseudonymised).
    static func gezinslidNaam(_ item: TijdlijnItem<Gezinslid>, _ namen: [String: String]) -> String {
        (namen[item.id] ?? Woorden.rol(item.inhoud.rol)) + (item.inhoud.naam.map { " · \($0)" } ?? "")
    }

    static func stap4(projector: Bool) -> HTML {
        HTML.el("section", [("data-stappen", "4")], [
            HTML.el("h2", [], "Smileys en sadneys"),
            HTML.el("p", [("id", "telling"), ("class", "telling")], ""),
            HTML.el("div", [("class", "verdeeldvak")], [
                HTML.el("h3", [], "Hier verschillen we"),
                HTML.el("p", [("class", "uitleg")], "Items met smileys én sadneys: verdeeld. Vraag ernaar."),
                HTML.el("ul", [("id", "verdeeld"), ("class", "verdeeldlijst")], []),
            ]),
            HTML.el("ol", [("id", "stickerlijst"), ("class", "stickerlijst")], []),
        ])
    }

    /// Zoom, "show this period" and (for the facilitator) the item detail.
    static func muurBediening(_ t: Tijdlijn, metDetail: Bool) -> HTML {
        HTML.el("div", [("class", "bediening")], [
            HTML.el("button", [("type", "button"), ("data-zoom", "in"), ("aria-label", "Inzoomen")], "+"),
            HTML.el("button", [("type", "button"), ("data-zoom", "uit"), ("aria-label", "Uitzoomen")], "−"),
            HTML.el("button", [("type", "button"), ("data-zoom", "alles")], "Hele muur"),
            HTML.el("label", [], [.t("Periode "), HTML.el("select", [("id", "periode")], [])]),
        ])
    }

    /// `/muur`: only the wall, for any step.
    static func muur(_ i: Invoer) -> String {
        HTML.pagina(titel: "Casus \(i.casus) · muur", klasse: "muurpagina", scripts: ["casus", "muur", "sessie"], [
            HTML.el("main", [("id", "sessie"), ("data-stap", "3")], [
                HTML.el("section", [("data-stappen", "1 2 3 4 5 6 7"), ("class", "muurvak")], [
                    muurBediening(i.tijdlijn, metDetail: false),
                    HTML.el("div", [("class", "muurkader"), ("id", "muurkader")],
                            [MuurSVG.svg(i.tijdlijn, pseudoniem: i.pseudoniem, annotaties: i.annotaties)]),
                    HTML.el("aside", [("id", "detail"), ("class", "detail"), ("hidden", "")], []),
                ]),
            ]),
        ])
    }

    static func fout(_ bericht: String) -> String {
        HTML.pagina(titel: "Casus · fout", klasse: "foutpagina", scripts: [], [
            HTML.el("main", [], [HTML.el("h1", [], "Dat lukt niet"), HTML.el("p", [], bericht)]),
        ])
    }
}
