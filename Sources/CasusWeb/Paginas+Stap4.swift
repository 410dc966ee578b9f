import Casus
import TijdlijnRender

/// The rest of step 4 and the closing: the eight principles as a board, the
/// agreements and the evaluation. The server writes the frame; the script
/// fills it from `/api/sessie` and keeps it live.
extension Paginas {
    static func visie(projector: Bool) -> HTML {
        HTML.el("section", [("data-stappen", "5"), ("class", "metformulier")], [
            HTML.el("h2", [], "Visie toetsen: rust en welzijn"),
            HTML.el("p", [("class", "uitleg")], "Hoe ging het, gemeten aan elk principe? En hoe had het kunnen gaan?"),
            HTML.el("div", [("class", "principes"), ("id", "principes")], Principe.alle.map { p in
                HTML.el("article", [("class", "principe"), ("data-principe", String(p.nummer)), ("data-oordeel", "")], [
                    HTML.el("h3", [], "\(p.nummer). \(p.kort)"),
                    HTML.el("p", [("class", "principetekst")], p.tekst),
                    HTML.el("p", [("class", "oordeel")], "niet besproken"),
                    HTML.el("p", [("class", "toelichting")], ""),
                    HTML.el("div", [("class", "hadkunnen"), ("hidden", "")], [
                        HTML.el("b", [], "Had kunnen: "), HTML.el("span", [], ""),
                    ]),
                ])
            }),
            projector ? HTML() : StapFormulieren.visie(),
        ])
    }

    static func afspraken(projector: Bool) -> HTML {
        HTML.el("section", [("data-stappen", "6"), ("class", "metformulier")], [
            HTML.el("h2", [], "Afspraken"),
            HTML.el("p", [("class", "uitleg")], "Concreet: wat, wie (een rol) en wanneer."),
            HTML.el("ol", [("id", "afspraken"), ("class", "afspraken")], []),
            projector ? HTML() : StapFormulieren.afspraak(),
        ])
    }

    static func afronding(_ i: Invoer, projector: Bool) -> HTML {
        HTML.el("section", [("data-stappen", "7"), ("class", "metformulier")], [
            HTML.el("h2", [], "Evaluatie"),
            HTML.el("p", [("class", "uitleg")], "Een korte ronde: hoe was het om mee te doen?"),
            HTML.el("ul", [("id", "evaluatie"), ("class", "evaluatie")], []),
            projector ? HTML() : StapFormulieren.evaluatie(),
            projector ? HTML() : StapFormulieren.downloads(casus: i.casus),
        ])
    }
}

/// The facilitator's forms. Each posts its fields as JSON to `data-api`
/// (the script in `stappen.js`); the answer or the Dutch refusal shows in `.melding`.
enum StapFormulieren {
    static func formulier(_ id: String, api: String, knop: String, _ velden: [HTML]) -> HTML {
        HTML.el("form", [("id", id), ("class", "formulier stapformulier"), ("data-api", api)], velden + [
            HTML.el("button", [("type", "submit")], knop),
            HTML.el("p", [("class", "melding"), ("role", "alert")], ""),
        ])
    }

    static func tekstvak(_ naam: String, _ label: String, regels: Int = 2, verplicht: Bool = false) -> HTML {
        DoeMeePagina.veld(label, HTML.el("textarea", [("name", naam), ("rows", String(regels)), ("maxlength", "2000"),
                                                       ("required", verplicht ? "" : nil)], []))
    }

    /// Who said or brought it in: `vast` first, then the participants (added by the script).
    static func door(_ vast: (waarde: String, tekst: String)) -> HTML {
        DoeMeePagina.veld("Door", HTML.el("select", [("name", "door"), ("data-deelnemers", "")],
                                          [HTML.el("option", [("value", vast.waarde)], vast.tekst)]))
    }

    static func aanvullen(_ t: Tijdlijn) -> HTML {
        formulier("aanvullen", api: "/api/gezinsleden", knop: "Aanvullen", [
            HTML.el("h3", [], "Aanvullen wat de groep weet"),
            DoeMeePagina.veld("Gezinslid", HTML.el("select", [("name", "gezinslid"), ("required", "")],
                t.gezinsleden.map { HTML.el("option", [("value", $0.id)], Paginas.gezinslidNaam($0, Woorden.rolNamen(t))) })),
            door(("", "de groep")),
            tekstvak("eigenheid", "Eigenheid: de natuur van deze persoon"),
            tekstvak("blij_van", "Blij van"),
            tekstvak("mechanisme", "Mechanisme: hoe gaat hij of zij om met lastige situaties?"),
        ])
    }

    static func visie() -> HTML {
        formulier("visieformulier", api: "/api/visie", knop: "Oordeel vastleggen", [
            HTML.el("h3", [], "Oordeel over een principe (klik op een kaart)"),
            DoeMeePagina.veld("Principe", HTML.el("select", [("name", "principe"), ("data-getal", "")],
                Principe.alle.map { HTML.el("option", [("value", String($0.nummer))], "\($0.nummer). \($0.kort)") })),
            HTML.el("fieldset", [("class", "oordelen")], [HTML.el("legend", [], "Oordeel")] + Oordeel.toegestaan.map { o in
                HTML.el("label", [("class", "oordeelkeuze \(o)")], [
                    HTML.leeg("input", [("type", "radio"), ("name", "oordeel"), ("value", o), ("required", "")]),
                    HTML.el("span", [], o),
                ])
            }),
            tekstvak("toelichting", "Hoe het ging", regels: 3),
            tekstvak("had_kunnen", "Hoe het had kunnen gaan", regels: 3),
        ])
    }

    static func afspraak() -> HTML {
        formulier("afspraakformulier", api: "/api/afspraken", knop: "Afspraak vastleggen", [
            HTML.el("h3", [], "Nieuwe afspraak"),
            tekstvak("wat", "Wat", verplicht: true),
            DoeMeePagina.veld("Wie (een rol, geen naam)", HTML.leeg("input", [("name", "wie"), ("maxlength", "80")])),
            DoeMeePagina.veld("Wanneer (bijvoorbeeld april 2024 of Q2 2024)",
                              HTML.leeg("input", [("name", "wanneer"), ("maxlength", "80")])),
        ])
    }

    static func evaluatie() -> HTML {
        formulier("evaluatieformulier", api: "/api/evaluatie", knop: "Toevoegen", [
            HTML.el("h3", [], "Wat zei iemand?"),
            door(("facilitator", "de facilitator")),
            tekstvak("tekst", "Wat", verplicht: true),
        ])
    }

    /// The session report (for the participants: without names; or with) and the export.
    static func downloads(casus: String) -> HTML {
        HTML.el("div", [("class", "downloads"), ("id", "downloads")], [
            HTML.el("h3", [], "Verslag en export"),
            HTML.el("p", [], [
                HTML.el("a", [("href", "/api/verslag"), ("download", ""), ("class", "knop"), ("id", "verslag")],
                        "Sessieverslag zonder namen (HTML)"), .t(" "),
                HTML.el("a", [("href", "/api/verslag?formaat=pdf"), ("download", ""), ("class", "knop"), ("id", "verslag-pdf")],
                        "Zonder namen als PDF (A4)"), .t(" "),
                HTML.el("a", [("href", "/api/verslag?namen=ja"), ("download", ""), ("class", "knop licht")],
                        "Met namen, alleen voor de deelnemers"), .t(" "),
                HTML.el("a", [("href", "/api/export"), ("download", ""), ("class", "knop licht"), ("id", "export")],
                        "Export: de casusmap als zip"),
            ]),
            HTML.el("p", [("class", "uitleg")], [
                .t("Het verslag is één bestand (HTML of PDF); met namen als PDF: "),
                HTML.el("code", [], "casus verslag \(casus) --met-namen --uit verslag.pdf"),
                .t(". De export bevat de formats en sessie.yaml: "), HTML.el("code", [], "casus importeer"),
                .t(" neemt hem terug."),
            ]),
        ])
    }
}
