import Casus

/// A session on `VoorbeeldCasus` (fictional): participants with names, additions on a
/// child's card, five principles judged, two agreements; and the casus with step 3's
/// answers on one event.
enum VoorbeeldSessie {
    static let namen = ["Fatima Yilmaz", "Joost Hulshof", "Annemiek"]

    static let sessie = Sessie(
        casus: "hengelo-2024-02",
        afspraken: [
            Afspraak(wat: "Regiehouder belt school binnen een week na elke wisseling.", wie: "wijkcoach",
                     wanneer: VoorbeeldCasus.maand(2024, 4), items: ["regiewissel-2021"], status: .open),
            Afspraak(wat: "Kindgesprekken voortzetten tot de zomer.", wie: "jeugdbeschermer", status: .gedaan),
        ],
        datum: VoorbeeldCasus.dag(2024, 2, 13), facilitator: "Annemiek",
        deelnemers: [Deelnemer(id: "p1", rol: "wijkcoach", naam: "Fatima Yilmaz"),
                     Deelnemer(id: "p2", rol: "leerkracht", naam: "Joost Hulshof")],
        gezinsleden: [GezinslidAanvulling(id: "kind-1", eigenheid: "Grappig als hij zich veilig voelt.",
                                          blijVan: "Paarden.", door: "p1")],
        visie: [
            VisieOordeel(principe: 1, oordeel: .niet, toelichting: "Elke stap zette de ouders tegenover elkaar.",
                         hadKunnen: "Na de scheiding eerst rust.", items: ["interventie-mediation-2018"]),
            VisieOordeel(principe: 2, oordeel: .deels, toelichting: "Pas in 2020 twee plannen."),
            VisieOordeel(principe: 3, oordeel: .wel),
            VisieOordeel(principe: 5, oordeel: .onbekend, toelichting: "Joost Hulshof wist het niet."),
            VisieOordeel(principe: 8, oordeel: .niet, hadKunnen: "Over de dynamiek praten, niet over de regeling."),
        ])

    static let dynamiek = "Vader eist de kinderen op, moeder trekt zich terug en belt haar eigen moeder; "
        + "bij elke overdracht loopt het op tot geschreeuw op straat."

    /// `VoorbeeldCasus` with step 3's three answers on the school event.
    static let tijdlijn: Tijdlijn = {
        var t = VoorbeeldCasus.tijdlijn
        let i = t.gebeurtenissen.firstIndex { $0.id == "school-2018" }!
        t.gebeurtenissen[i].inhoud.dynamiek = dynamiek
        t.gebeurtenissen[i].inhoud.effectProfessionals = "De juf voelt zich klem gezet."
        t.gebeurtenissen[i].inhoud.volgendeStap = "Gesprek met beide ouders apart."
        return t
    }()

    /// The session as a wall with names shows it.
    static var getoond: Sessie { sessie.weergave(tijdlijn: tijdlijn, pseudoniem: false) }
}
