import Casus
import CasusApp

/// Small hand-built casussen for the rode-draden tests: values, no files.
enum RodeDradenVoorbeeld {
    static func dag(_ tekst: String) -> Datum {
        let d = tekst.split(separator: "-").compactMap { Int($0) }
        let dag = Dag(d[0], d[1], d[2])
        return Datum(tekst: tekst, van: dag, tot: dag, precisie: .dag)
    }

    static func item<T>(_ id: String, _ inhoud: T) -> TijdlijnItem<T> {
        TijdlijnItem(id: id, bronnen: ["wijkcoach"], inhoud: inhoud,
                     perBron: [BronInhoud(bron: "wijkcoach", inhoud: inhoud)])
    }

    /// Casus A: KIES (communicatie) in 2019 under vrijwillig, opschaling 2020-03-01,
    /// omgang in 2020 under gedwongen, afschaling 2021-06-01, a gebeurtenis in 2021.
    static func casusA() -> GeanalyseerdeCasus {
        let tijdlijn = Tijdlijn(
            casus: "almelo-2020-01",
            bronnen: [Bron(id: "wijkcoach", bestand: "wijkcoach.yaml", rol: "wijkcoach",
                           organisatie: "Wijkteam Almelo", naam: "Petra Jansen")],
            gezinsleden: [item("moeder", Gezinslid(id: "moeder", rol: .moeder, naam: "Sanne")),
                          item("kind-1", Gezinslid(id: "kind-1", rol: .kind, naam: "Daan"))],
            gebeurtenissen: [item("gebeurtenis-verhuizing-2021", Gebeurtenis(
                datum: dag("2021-09-01"), wat: "Sanne verhuist met Daan naar Enschede",
                soort: .verhuizing))],
            interventies: [
                item("interventie-kies-2019", Interventie(
                    naam: "KIES", aanbieder: "Humanitas", soort: .communicatie,
                    start: dag("2019-02-01"), einde: dag("2019-06-01"), afloop: .nietGelukt)),
                item("interventie-omgang-2020", Interventie(
                    naam: "omgangsbegeleiding", aanbieder: "Jarabee", soort: .omgang,
                    start: dag("2020-05-01"))),
            ],
            kader: [
                item("kader-opschaling-2020", KaderOvergang(
                    datum: dag("2020-03-01"), van: .vrijwillig, naar: .gedwongen, maatregel: .ots)),
                item("kader-afschaling-2021", KaderOvergang(
                    datum: dag("2021-06-01"), van: .gedwongen, naar: .vrijwillig)),
            ])
        return GeanalyseerdeCasus(
            tijdlijn: tijdlijn,
            annotaties: [
                Annotatie(item: "interventie-kies-2019", soort: .sadney, door: "Petra Jansen",
                          thema: .dogmas, toelichting: "Weer samen aan tafel; Sanne haakte af"),
                Annotatie(item: "interventie-kies-2019", soort: .sadney, door: "leerkracht",
                          thema: .processen),
                Annotatie(item: "interventie-omgang-2020", soort: .smiley, door: "jeugdbeschermer",
                          thema: .kinderen, toelichting: "Daan zag zijn vader weer"),
                Annotatie(item: "kader-opschaling-2020", soort: .sadney, door: "wijkcoach",
                          thema: .processen),
                Annotatie(item: "gebeurtenis-verhuizing-2021", soort: .smiley, door: "huisarts"),
                Annotatie(item: "kind-1", soort: .smiley, door: "leerkracht", thema: .kinderen),
                Annotatie(item: "bestaat-niet", soort: .sadney, door: "wijkcoach"),
            ],
            bevindingen: [
                Bevinding(patroon: "samen-aan-tafel-herhaald", titel: "Steeds weer samen aan tafel",
                          uitleg: "…", bewijs: ["interventie-kies-2019"]),
                Bevinding(patroon: "netwerk-niet-in-kaart", titel: "Netwerk niet in kaart",
                          uitleg: "…", bewijs: []),
            ])
    }

    /// Casus B: no kader transitions; two smileys on mediation, a finding outside the catalogue.
    static func casusB() -> GeanalyseerdeCasus {
        let tijdlijn = Tijdlijn(
            casus: "hengelo-2019-02",
            interventies: [item("interventie-mediation-2018", Interventie(
                naam: "mediation", aanbieder: "Mediators Twente", soort: .mediation,
                start: dag("2018-04-01")))])
        return GeanalyseerdeCasus(
            tijdlijn: tijdlijn,
            annotaties: [
                Annotatie(item: "interventie-mediation-2018", soort: .smiley, door: "advocaat",
                          thema: .dynamieken, toelichting: "Eerste keer <b>rust</b> & overzicht"),
                Annotatie(item: "interventie-mediation-2018", soort: .smiley, door: "wijkcoach",
                          thema: .dynamieken),
            ],
            bevindingen: [
                Bevinding(patroon: "netwerk-niet-in-kaart", titel: "Netwerk niet in kaart",
                          uitleg: "…", bewijs: []),
                Bevinding(patroon: "zelfbedacht-patroon", titel: "Zelfbedacht", uitleg: "…",
                          bewijs: ["interventie-mediation-2018"]),
            ])
    }
}
