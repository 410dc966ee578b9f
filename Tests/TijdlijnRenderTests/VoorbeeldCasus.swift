import Casus
import CasusApp

/// A realistic, fictional casus for render tests: two children, eight interventies by four
/// aanbieders, OTS and back, regie changes including a change of gemeente.
enum VoorbeeldCasus {
    static func dag(_ j: Int, _ m: Int, _ d: Int, ca: Bool = false) -> Datum {
        Datum(tekst: "\(j)-\(m)-\(d)", van: Dag(j, m, d), tot: Dag(j, m, d), precisie: .dag, ca: ca)
    }

    static func maand(_ j: Int, _ m: Int, ca: Bool = false) -> Datum {
        Datum(tekst: (ca ? "ca. " : "") + "\(j)-\(m)", van: Dag(j, m, 1), tot: Dag.laatsteVanMaand(j, m),
              precisie: .maand, ca: ca)
    }

    static func periode(_ tekst: String, _ j: Int, _ m0: Int, _ m1: Int, ca: Bool = false) -> Datum {
        Datum(tekst: tekst, van: Dag(j, m0, 1), tot: Dag.laatsteVanMaand(j, m1), precisie: .periode, ca: ca)
    }

    static func jaar(_ j: Int, ca: Bool = false) -> Datum {
        Datum(tekst: "\(j)", van: Dag(j, 1, 1), tot: Dag(j, 12, 31), precisie: .jaar, ca: ca)
    }

    static func item<T>(_ id: String, _ inhoud: T, bronnen: [String] = ["wijkcoach-wijkteam-hengelo"],
                        conflict: Bool = false) -> TijdlijnItem<T> {
        TijdlijnItem(id: id, bronnen: bronnen, inhoud: inhoud,
                     perBron: bronnen.map { BronInhoud(bron: $0, inhoud: inhoud) }, conflict: conflict)
    }

    /// Every real-looking name in the casus: none may survive `--pseudoniem`.
    static let namen = ["Sanne Jansen", "Sanne", "Jansen", "Mark de Vries", "Mark", "Vries", "Émile", "Daan",
                        "Riet", "Linda", "Ingrid Bakker", "Ingrid", "Bakker", "Peter Smit", "Peter", "Smit"]

    static let tijdlijn: Tijdlijn = {
        let bronnen = [
            Bron(id: "wijkcoach-wijkteam-hengelo", bestand: "wijkcoach.yaml", rol: "wijkcoach",
                 organisatie: "Wijkteam Hengelo", naam: "Ingrid Bakker"),
            Bron(id: "jeugdbeschermer-jbov", bestand: "jb.yaml", rol: "jeugdbeschermer",
                 organisatie: "Jeugdbescherming Overijssel", naam: "Peter Smit"),
            Bron(id: "leerkracht-de-esch", bestand: "school.yaml", rol: "leerkracht",
                 organisatie: "Basisschool De Esch"),
        ]
        let gezin = [
            item("moeder", Gezinslid(id: "moeder", rol: .moeder, naam: "Sanne Jansen", geboren: jaar(1984),
                                     eigenheid: "Zorgzaam, snel overspoeld; houdt van structuur.",
                                     blijVan: "Wandelen met de honden en tijd met haar zus.",
                                     mechanisme: "Trekt zich terug en zoekt steun bij haar moeder Riet.")),
            item("vader", Gezinslid(id: "vader", rol: .vader, naam: "Mark de Vries", geboren: jaar(1981),
                                    eigenheid: "Zakelijk, wil grip, voelt zich snel buitengesloten.",
                                    blijVan: "Voetbal met de kinderen.",
                                    mechanisme: "Schakelt een advocaat in en escaleert per mail.")),
            item("kind-1", Gezinslid(id: "kind-1", rol: .kind, naam: "Émile", geboren: jaar(2011),
                                     eigenheid: "Stil, loyaal aan beide ouders.", blijVan: "Tekenen, Minecraft",
                                     mechanisme: "Past zich aan; buikpijn voor een overdracht.")),
            item("kind-2", Gezinslid(id: "kind-2", rol: .kind, naam: "Daan", geboren: jaar(2014),
                                     eigenheid: "Druk en vrolijk.", blijVan: "Judo",
                                     mechanisme: "Woede-uitbarstingen op school."), conflict: true),
        ]
        let netwerk = [
            item("grootmoeder-mz", Netwerklid(id: "grootmoeder-mz", rol: "grootmoeder-mz", naam: "Riet",
                                              invloed: .escalerend, toelichting: "Kiest openlijk partij voor Sanne.")),
            item("nieuwe-partner-vader", Netwerklid(id: "nieuwe-partner-vader", rol: "nieuwe-partner-vader",
                                                    naam: "Linda", invloed: .wisselend)),
        ]
        let e: [(String, Gebeurtenis)] = [
            ("scheiding-2016", Gebeurtenis(datum: maand(2016, 9), wat: "Ouders gaan uit elkaar; vader verhuist naar Enschede.",
                                           soort: .scheiding)),
            ("verhuizing-2017", Gebeurtenis(datum: periode("voorjaar 2017", 2017, 3, 5), wat: "Moeder verhuist met de kinderen naar een flat.",
                                            soort: .verhuizing)),
            ("rechtszaak-2017", Gebeurtenis(datum: dag(2017, 10, 12), wat: "Kort geding over de omgangsregeling.",
                                            soort: .rechtszaak)),
            ("school-2018", Gebeurtenis(datum: periode("najaar 2018", 2018, 9, 11, ca: true),
                                        wat: "Émile vertelt de juf dat hij 'niet meer naar papa wil'; Daan slaat een klasgenoot.",
                                        soort: .school)),
            ("melding-2019", Gebeurtenis(datum: dag(2019, 1, 14), wat: "Melding Veilig Thuis na escalatie bij overdracht.",
                                         soort: .melding, veiligheid: .zorg)),
            ("incident-2019", Gebeurtenis(datum: dag(2019, 2, 3), wat: "Politie bij overdracht <script>alert('x')</script> & geschreeuw",
                                          soort: .incident, veiligheid: .zorg)),
            ("uitspraak-2019", Gebeurtenis(datum: dag(2019, 4, 2), wat: "Rechter spreekt voorlopige OTS uit.", soort: .uitspraak)),
            ("contactbreuk-2020", Gebeurtenis(datum: maand(2020, 2), wat: "Émile weigert contact met vader.", soort: .contactbreuk)),
            ("gezondheid-2020", Gebeurtenis(datum: maand(2020, 6, ca: true), wat: "Moeder overspannen thuis; oma Riet vangt de kinderen op.",
                                            soort: .gezondheid)),
            ("contactherstel-2021", Gebeurtenis(datum: periode("zomer 2021", 2021, 6, 8), wat: "Eerste begeleide ontmoeting Émile en vader.",
                                                soort: .contactherstel)),
            ("gebeurtenis-2022", Gebeurtenis(datum: jaar(2022, ca: true), wat: "Ouders maken samen een nieuw ouderschapsplan.")),
        ]
        let i: [(String, Interventie)] = [
            ("interventie-kies-2017", Interventie(naam: "KIES", aanbieder: "Wijkteam Hengelo", soort: .kind,
                                                  start: maand(2017, 2), einde: maand(2017, 6), afloop: .doelBereikt)),
            ("interventie-ouderschap-blijft-2017", Interventie(naam: "Ouderschap Blijft", aanbieder: "Stichting Samen Ouders",
                                                               soort: .gezamenlijkOuderschap, start: maand(2017, 4),
                                                               einde: maand(2017, 11), afloop: .nietGelukt,
                                                               overdracht: .terugNaarRegie)),
            ("interventie-mediation-2018", Interventie(naam: "Mediation", aanbieder: "Stichting Samen Ouders", soort: .mediation,
                                                       start: periode("begin 2018", 2018, 1, 4), einde: maand(2018, 7),
                                                       afloop: .voortijdigGestopt, overdracht: .terugNaarRegie)),
            ("interventie-omgang-2019", Interventie(naam: "Omgangsbegeleiding", aanbieder: "Jeugdzorg Twente", soort: .omgang,
                                                    start: maand(2019, 5), einde: maand(2020, 3), afloop: .deels)),
            ("interventie-therapie-moeder-2019", Interventie(naam: "Traumatherapie moeder", aanbieder: "GGZ Oost", soort: .individueel,
                                                             start: maand(2019, 9, ca: true))),
            ("interventie-diagnostiek-2020", Interventie(naam: "Psychodiagnostiek Émile", aanbieder: "GGZ Oost", soort: .diagnostiek,
                                                         start: maand(2020, 3), einde: maand(2020, 5), gerichtOp: ["kind-1"],
                                                         afloop: .doelBereikt)),
            ("interventie-parallel-2020", Interventie(naam: "Parallel ouderschap", aanbieder: "Jeugdzorg Twente",
                                                      soort: .parallelOuderschap, start: maand(2020, 9),
                                                      einde: periode("zomer 2021", 2021, 6, 8), afloop: .deels)),
            ("interventie-kindgesprekken-2021", Interventie(naam: "Kindgesprekken", aanbieder: "Wijkteam Hengelo", soort: .kind,
                                                            start: maand(2021, 9), afloop: .lopend)),
        ]
        let k = [
            item("kader-2019-raadsonderzoek", KaderOvergang(datum: maand(2019, 2), van: .vrijwillig, naar: .gedwongen,
                                                            maatregel: .raadsonderzoek, reden: .machteloosheid)),
            item("kader-2019-voorlopige-ots", KaderOvergang(datum: dag(2019, 4, 2), van: .gedwongen, naar: .gedwongen,
                                                            maatregel: .voorlopigeOts, reden: .onveiligheid)),
            item("kader-2021-einde-ots", KaderOvergang(datum: maand(2021, 4), van: .gedwongen, naar: .vrijwillig,
                                                       maatregel: .eindeOts)),
        ]
        let r = [
            item("regie-wijkcoach-2016", Regieperiode(vanaf: maand(2016, 10), tot: maand(2019, 3), wie: "wijkcoach",
                                                      organisatie: "Wijkteam Hengelo", gemeente: "Hengelo")),
            item("regie-jeugdbeschermer-2019", Regieperiode(vanaf: maand(2019, 4), tot: maand(2021, 4), wie: "jeugdbeschermer",
                                                            organisatie: "Jeugdbescherming Overijssel", gemeente: "Hengelo",
                                                            overdracht: .warm)),
            item("regie-wijkcoach-enschede-2021", Regieperiode(vanaf: maand(2021, 6), wie: "wijkcoach",
                                                               organisatie: "Wijkteam Enschede", gemeente: "Enschede",
                                                               overdracht: .koud), conflict: true),
        ]
        let wissels = [
            Regiewissel(id: "regiewissel-2019", datum: maand(2019, 4), van: "regie-wijkcoach-2016",
                        naar: "regie-jeugdbeschermer-2019", andereGemeente: false, overdracht: .warm),
            Regiewissel(id: "regiewissel-2021", datum: maand(2021, 6), van: "regie-jeugdbeschermer-2019",
                        naar: "regie-wijkcoach-enschede-2021", andereGemeente: true, overdracht: .koud),
        ]
        return Tijdlijn(casus: "hengelo-2024-02", bronnen: bronnen, gezinsleden: gezin, netwerk: netwerk,
                        gebeurtenissen: e.map { item($0.0, $0.1) },
                        interventies: i.map { item($0.0, $0.1, conflict: $0.0 == "interventie-mediation-2018") },
                        kader: k, regie: r, regiewisselingen: wissels,
                        conflicten: [Conflict(item: "interventie-mediation-2018", veld: "einde",
                                              waarden: [ConflictWaarde(bron: "a", waarde: "2018-07"),
                                                        ConflictWaarde(bron: "b", waarde: "2018-09")],
                                              gekozen: "2018-07", keuze: "de preciezere datum")],
                        periode: Periode(van: Dag(2016, 9, 1), tot: Dag(2022, 12, 31)))
    }()

    static let annotaties: [Annotatie] = [
        Annotatie(item: "interventie-kies-2017", soort: .smiley, door: "Ingrid Bakker", thema: .kinderen),
        Annotatie(item: "interventie-kies-2017", soort: .smiley, door: "leerkracht"),
        Annotatie(item: "interventie-ouderschap-blijft-2017", soort: .sadney, door: "wijkcoach", thema: .dogmas),
        Annotatie(item: "interventie-mediation-2018", soort: .sadney, door: "wijkcoach"),
        Annotatie(item: "interventie-mediation-2018", soort: .sadney, door: "Peter Smit"),
        Annotatie(item: "interventie-mediation-2018", soort: .sadney, door: "leerkracht"),
        Annotatie(item: "melding-2019", soort: .sadney, door: "leerkracht", toelichting: "Sanne werd niet gehoord"),
        Annotatie(item: "kader-2021-einde-ots", soort: .sadney, door: "jeugdbeschermer", thema: .processen),
        Annotatie(item: "regiewissel-2021", soort: .sadney, door: "wijkcoach"),
        Annotatie(item: "interventie-parallel-2020", soort: .smiley, door: "jeugdbeschermer"),
        Annotatie(item: "grootmoeder-mz", soort: .sadney, door: "wijkcoach", thema: .familieEnVrienden),
        Annotatie(item: "contactherstel-2021", soort: .smiley, door: "wijkcoach"),
    ]

    static let bevindingen: [Bevinding] = [
        Bevinding(patroon: "opeenvolgende-hulp", titel: "Opeenvolgende hulp",
                  uitleg: "Drie trajecten na elkaar, elk zonder succes afgesloten, terug naar de regie.",
                  bewijs: ["interventie-ouderschap-blijft-2017", "interventie-mediation-2018", "interventie-omgang-2019"]),
        Bevinding(patroon: "samen-aan-tafel-herhaald", titel: "Steeds weer samen aan tafel",
                  uitleg: "Twee keer hulp voor beide ouders samen zonder dat het doel bereikt werd.",
                  bewijs: ["interventie-ouderschap-blijft-2017", "interventie-mediation-2018"]),
        Bevinding(patroon: "netwerk-niet-in-kaart", titel: "Netwerk niet in kaart",
                  uitleg: "Mark noemt geen netwerk; alleen oma is bekend.", bewijs: []),
    ]
}
