import Casus
import CasusOpslag
import TijdlijnRender

/// `/doe-mee`: a participant's phone. Join first; then find a moment (by its
/// code or words, by period, or on the wall) and place a smiley or sadney.
enum DoeMeePagina {
    static func aanmelden(casus: String) -> String {
        HTML.pagina(titel: "Doe mee · casus \(casus)", klasse: "doemee", scripts: ["casus", "doe-mee"], [
            HTML.el("main", [], [
                HTML.el("h1", [], "Doe mee"),
                HTML.el("form", [("id", "aanmelden"), ("class", "formulier")], [
                    veld("Code van de facilitator", HTML.leeg("input", [("name", "code"), ("required", ""),
                        ("autocomplete", "off"), ("autocapitalize", "characters"), ("maxlength", "12")])),
                    veld("Je rol (bijvoorbeeld wijkcoach)", HTML.leeg("input", [("name", "rol"), ("required", ""),
                        ("maxlength", "80")])),
                    veld("Je naam (mag leeg blijven)", HTML.leeg("input", [("name", "naam"), ("maxlength", "80")])),
                    veld("Je organisatie (mag leeg blijven)", HTML.leeg("input", [("name", "organisatie"),
                        ("maxlength", "120")])),
                    veld("Check-in: hoe kom je binnen, wat wil je van vandaag? (mag leeg blijven)",
                         HTML.el("textarea", [("name", "check_in"), ("maxlength", "1000"), ("rows", "3")], [])),
                    HTML.el("button", [("type", "submit")], "Doe mee"),
                    HTML.el("p", [("class", "melding"), ("role", "alert")], ""),
                ]),
            ]),
        ])
    }

    static func deelnemen(_ i: Paginas.Invoer, deelnemer: WebDeelnemer) -> String {
        let regels = items(i.tijdlijn)
        let jaren = Array(Set(regels.compactMap(\.jaar))).sorted()
        return HTML.pagina(titel: "Doe mee · casus \(i.casus)", klasse: "doemee", scripts: ["casus", "muur", "doe-mee"], [
            HTML.el("header", [("class", "kop")], [
                HTML.el("h1", [], "Casus \(i.casus)"),
                HTML.el("p", [], "Je doet mee als \(deelnemer.rol)."),
            ]),
            HTML.el("main", [("id", "deelnemen"), ("data-ik", deelnemer.id)], [
                HTML.el("section", [("id", "zoeken")], [
                    HTML.el("h2", [], "1. Kies een moment"),
                    veld("Code of woorden", HTML.leeg("input", [("id", "zoek"), ("type", "search"),
                        ("placeholder", "bijvoorbeeld G12 of mediation")])),
                    veld("Periode", HTML.el("select", [("id", "jaar")],
                        [HTML.el("option", [("value", "")], "alle jaren")]
                        + jaren.map { HTML.el("option", [("value", String($0))], String($0)) })),
                    HTML.el("button", [("type", "button"), ("id", "toonmuur")], "Kies op de muur"),
                    HTML.el("ul", [("id", "items"), ("class", "items")], regels.map { r in
                        HTML.el("li", [("data-kies", r.id), ("data-jaar", r.jaar.map(String.init)),
                                       ("data-zoek", (r.id + " " + r.tekst).lowercased()), ("tabindex", "0")], [
                            HTML.el("span", [("class", "datum")], r.datum), .t(" "), HTML.el("span", [], r.tekst),
                        ])
                    }),
                    HTML.el("div", [("id", "muurvak"), ("class", "muurvak"), ("hidden", "")], [
                        Paginas.muurBediening(i.tijdlijn, metDetail: false),
                        HTML.el("div", [("class", "muurkader"), ("id", "muurkader")],
                                [MuurSVG.svg(i.tijdlijn, pseudoniem: i.pseudoniem, annotaties: i.annotaties)]),
                    ]),
                ]),
                HTML.el("section", [("id", "plakken"), ("hidden", "")], [
                    HTML.el("h2", [], "2. Plak een smiley of sadney"),
                    HTML.el("p", [("id", "gekozen"), ("class", "gekozen")], ""),
                    HTML.el("form", [("id", "sticker"), ("class", "formulier")], [
                        HTML.el("div", [("class", "soorten")], [
                            keuze("smiley", "Smiley: dit hielp"), keuze("sadney", "Sadney: dit hielp niet"),
                        ]),
                        veld("Thema", HTML.el("select", [("name", "thema")],
                            [HTML.el("option", [("value", "")], "geen thema")]
                            + Thema.toegestaan.map { HTML.el("option", [("value", $0)], $0) })),
                        veld("Toelichting", HTML.el("textarea", [("name", "toelichting"), ("rows", "3"),
                                                                  ("maxlength", "2000")], "")),
                        HTML.el("button", [("type", "submit")], "Plakken"),
                        HTML.el("p", [("class", "melding"), ("role", "alert")], ""),
                    ]),
                ]),
                HTML.el("section", [("id", "mijn")], [
                    HTML.el("h2", [], "Mijn smileys en sadneys"),
                    HTML.el("ul", [("id", "mijnlijst"), ("class", "mijnlijst")], []),
                ]),
            ]),
        ])
    }

    struct Item { var id: String; var datum: String; var tekst: String; var jaar: Int? }

    /// Every item a sticky can go on: people first, then the timeline in order.
    static func items(_ t: Tijdlijn) -> [Item] {
        let namen = Woorden.rolNamen(t)
        var uit = t.gezinsleden.map { Item(id: $0.id, datum: "gezin", tekst: namen[$0.id] ?? $0.id, jaar: nil) }
        uit += t.netwerk.map { Item(id: $0.id, datum: "netwerk", tekst: $0.inhoud.rol, jaar: nil) }
        uit += Regel.alle(t).map { r in
            Item(id: r.id, datum: r.datum.tekst, tekst: "\(r.soort): \(r.tekst)", jaar: r.datum.van.jaar)
        }
        return uit
    }

    static func veld(_ label: String, _ invoer: HTML) -> HTML {
        HTML.el("label", [("class", "veld")], [HTML.el("span", [], label), invoer])
    }

    static func keuze(_ soort: String, _ tekst: String) -> HTML {
        HTML.el("label", [("class", "soort \(soort)")], [
            HTML.leeg("input", [("type", "radio"), ("name", "soort"), ("value", soort), ("required", "")]),
            HTML.el("span", [], tekst),
        ])
    }
}
