/// How a tijdlijn-format is laid out as a workbook: one sheet per part, the keys of
/// tijdlijn-format.md as header row. The one description both writing (template,
/// converteer) and reading use.
public enum FormatIndeling {
    public struct Deel: Sendable {
        public var blad: String
        /// The YAML list this sheet holds; nil for the sheet about the format itself.
        public var lijst: String?
        public var kolommen: [WerkboekOntwerp.Kolom]
        public var voorbeeld: [String]
    }

    typealias K = WerkboekOntwerp.Kolom
    static let datumUitleg = "Zo precies als je het weet: 2019-03-14, 14 maart 2019, maart 2019, Q2 2019, voorjaar 2019, begin 2019, 2019. Niet zeker? Zet er ca. voor."

    /// The keys of the format sheet that belong under `ingediend_door`.
    public static let indienerSleutels = ["rol", "organisatie", "naam", "datum"]

    public static let delen: [Deel] = [
        Deel(blad: "Format", lijst: nil, kolommen: [
            K("format", "Niet veranderen: tijdlijn-format/1.", breedte: 18),
            K("casus", "Verplicht. De code van de casus die je van de facilitator kreeg, bijvoorbeeld hengelo-2024-02.", breedte: 22),
            K("rol", "Verplicht. Jouw rol in de casus, bijvoorbeeld wijkcoach, jeugdbeschermer, leerkracht, huisarts.", breedte: 18),
            K("organisatie", "Verplicht. Jouw organisatie.", breedte: 28),
            K("naam", "Niet verplicht. Jouw voornaam (niet getoond bij geanonimiseerde uitvoer).", breedte: 14),
            K("datum", "Niet verplicht. De datum waarop je dit invulde.", breedte: 14),
        ], voorbeeld: ["tijdlijn-format/1", "voorbeeldstad-2024-01", "wijkcoach", "Wijkteam Voorbeeldstad", "Femke", "2024-01-15"]),
        Deel(blad: "Gezinsleden", lijst: "gezinsleden", kolommen: [
            K("id", "Verplicht. Een vaste korte code, in alle formats dezelfde: moeder, vader, kind-1 (oudste kind), kind-2, stiefvader.", breedte: 12),
            K("rol", "Verplicht. Kies uit de lijst.", breedte: 16, keuzes: GezinslidRol.toegestaan),
            K("naam", "Niet verplicht. Alleen de voornaam.", breedte: 12),
            K("geboren", "Niet verplicht. Meestal het geboortejaar; ca. mag.", breedte: 10),
            K("eigenheid", "Niet verplicht. Wie is deze persoon, wat is haar of zijn aard?", breedte: 36),
            K("blij_van", "Niet verplicht. Waar wordt deze persoon blij van?", breedte: 28),
            K("mechanisme", "Niet verplicht. Hoe gaat deze persoon om met moeilijke situaties?", breedte: 36),
        ], voorbeeld: ["kind-1", "kind", "Sanne", "2011", "Slim, verantwoordelijk, zorgt voor haar broertje.",
                       "Tekenen, paardrijden.", "Past zich aan en houdt zich stil om de rust te bewaren."]),
        Deel(blad: "Netwerk", lijst: "netwerk", kolommen: [
            K("id", "Verplicht. Een vaste korte code, bijvoorbeeld oma-mz (van moeders zijde), vriendin-moeder.", breedte: 14),
            K("rol", "Verplicht. Wie is het voor het gezin? Bijvoorbeeld grootmoeder-mz, nieuwe-partner-vader.", breedte: 20),
            K("naam", "Niet verplicht. Alleen de voornaam.", breedte: 12),
            K("invloed", "Niet verplicht. Welke invloed heeft deze persoon? Kies uit de lijst.", breedte: 14, keuzes: Invloed.toegestaan),
            K("toelichting", "Niet verplicht. In je eigen woorden.", breedte: 40),
        ], voorbeeld: ["oma-mz", "grootmoeder-mz", "Gerda", "wisselend",
                       "Vangt de kinderen op, maar praat in hun bijzijn over de andere ouder."]),
        Deel(blad: "Gebeurtenissen", lijst: "gebeurtenissen", kolommen: [
            K("datum", "Verplicht. Wanneer? " + datumUitleg, breedte: 14),
            K("wat", "Verplicht. Wat gebeurde er? Eén of twee zinnen.", breedte: 40),
            K("soort", "Niet verplicht. Wat voor gebeurtenis? Kies uit de lijst; leeg is gewoon een gebeurtenis.", breedte: 16, keuzes: GebeurtenisSoort.toegestaan),
            K("betrokkenen", "Niet verplicht. Wie waren erbij? Codes uit Gezinsleden en Netwerk, met komma's: kind-1, vader.", breedte: 20),
            K("dynamiek", "Niet verplicht. Hoe gingen de ouders op dat moment met elkaar om?", breedte: 32),
            K("effect_professionals", "Niet verplicht. Wat deed het met ons, het professionele systeem?", breedte: 32),
            K("volgende_stap", "Niet verplicht. Wat werd er daarna gedaan?", breedte: 28),
            K("veiligheid", "Niet verplicht. Was er zorg over de veiligheid van een kind? Kies uit de lijst.", breedte: 12, keuzes: Veiligheid.toegestaan),
            K("bron", "Niet verplicht. Waar weet je dit van? Dossier, gesprek met moeder, eigen waarneming.", breedte: 16),
        ], voorbeeld: ["2019-03", "Sanne wil niet meer naar vader. Haar broertje gaat wel.", "contactbreuk",
                       "kind-1, vader, moeder", "Vader verwijt moeder dat zij Sanne beïnvloedt.",
                       "Druk op het wijkteam: er moet iets gebeuren aan het contact.",
                       "Omgangsbegeleiding aangevraagd.", "geen-zorg", "dossier"]),
        Deel(blad: "Interventies", lijst: "interventies", kolommen: [
            K("naam", "Verplicht. De naam van de hulp: Ouderschap Blijft, KIES, mediation, omgangsbegeleiding.", breedte: 22),
            K("aanbieder", "Verplicht. De organisatie die de hulp gaf.", breedte: 24),
            K("soort", "Verplicht. Wat voor hulp? Kies uit de lijst.", breedte: 20, keuzes: InterventieSoort.toegestaan),
            K("start", "Verplicht. Wanneer begon het? " + datumUitleg, breedte: 14),
            K("einde", "Niet verplicht. Wanneer eindigde het? Leeg als het nog loopt of je het niet weet.", breedte: 14),
            K("gericht_op", "Niet verplicht. Op wie was de hulp gericht? Codes uit Gezinsleden, met komma's.", breedte: 16),
            K("afloop", "Niet verplicht. Hoe liep het af? Kies uit de lijst.", breedte: 16, keuzes: Afloop.toegestaan),
            K("overdracht", "Niet verplicht. Hoe ging het na afloop verder? Kies uit de lijst.", breedte: 18, keuzes: InterventieOverdracht.toegestaan),
            K("resultaat", "Niet verplicht. Wat leverde het op?", breedte: 36),
        ], voorbeeld: ["Ouderschap Blijft", "Jeugdhulp Voorbeeldstad", "gezamenlijk-ouderschap", "voorjaar 2018",
                       "2018-09", "moeder, vader", "niet-gelukt", "terug-naar-regie",
                       "Ouders kwamen samen niet tot afspraken. Advies: mediation."]),
        Deel(blad: "Kader", lijst: "kader", kolommen: [
            K("datum", "Verplicht. Wanneer? Bij een uitspraak liefst de datum van de uitspraak.", breedte: 14),
            K("van", "Verplicht. Van welk kader? Kies uit de lijst.", breedte: 12, keuzes: Kader.toegestaan),
            K("naar", "Verplicht. Naar welk kader? Kies uit de lijst.", breedte: 12, keuzes: Kader.toegestaan),
            K("maatregel", "Niet verplicht. Welke maatregel? Kies uit de lijst.", breedte: 18, keuzes: Maatregel.toegestaan),
            K("reden", "Niet verplicht. Waarom? onveiligheid: een kind was niet veilig; machteloosheid: de vrijwillige hulp kwam niet verder.", breedte: 16, keuzes: KaderReden.toegestaan),
            K("toelichting", "Niet verplicht. In je eigen woorden.", breedte: 40),
        ], voorbeeld: ["2020-10-06", "vrijwillig", "gedwongen", "ots", "machteloosheid",
                       "Na vier trajecten geen beweging; geen acute onveiligheid."]),
        Deel(blad: "Regie", lijst: "regie", kolommen: [
            K("vanaf", "Verplicht. Vanaf wanneer had deze partij de regie?", breedte: 14),
            K("tot", "Niet verplicht. Tot wanneer? Leeg als deze partij nog regie heeft.", breedte: 14),
            K("wie", "Verplicht. Welke rol had de regie? Bijvoorbeeld wijkcoach, jeugdbeschermer.", breedte: 18),
            K("organisatie", "Verplicht. Welke organisatie?", breedte: 26),
            K("gemeente", "Niet verplicht. In welke gemeente? Belangrijk bij een verhuizing.", breedte: 16),
            K("overdracht", "Niet verplicht. Hoe kwam de regie hier? warm: met een overdrachtsgesprek; koud: alleen op papier.", breedte: 14, keuzes: RegieOverdracht.toegestaan),
        ], voorbeeld: ["maart 2017", "2020-10-06", "wijkcoach", "Wijkteam Voorbeeldstad", "Voorbeeldstad", "onbekend"]),
    ]

    /// The part a sheet holds, by name, ignoring case and surrounding spaces.
    public static func deel(blad naam: String) -> Deel? {
        let gezocht = naam.trimmingCharacters(in: .whitespaces).lowercased()
        return delen.first { $0.blad.lowercased() == gezocht }
    }

    /// The template as a workbook: the explanation sheet, then every part with its example.
    public static var sjabloon: WerkboekOntwerp {
        WerkboekOntwerp(bladen: [WerkboekOntwerp.Blad(naam: "Uitleg", tekstRegels: uitleg)]
            + delen.map { WerkboekOntwerp.Blad(naam: $0.blad, kolommen: $0.kolommen, voorbeeld: $0.voorbeeld) })
    }

    static let uitleg = [
        "Tijdlijn-format voor de retrospectieve casusanalyse (versie 1)",
        "",
        "Voor een casusanalyse vult iedere betrokken professional vooraf dit format in: jouw eigen beeld van de casus.",
        "Tijdens de sessie voegt de facilitator alle formats samen tot één tijdlijn. Schrijf op wat jij weet of in jouw dossier staat.",
        "",
        "Zo vul je het in",
        "1. Sla dit bestand op onder een eigen naam, bijvoorbeeld wijkcoach.xlsx.",
        "2. Elk tabblad is een onderdeel: Format (over jou en de casus), Gezinsleden, Netwerk, Gebeurtenissen, Interventies, Kader en Regie.",
        "3. Rij 1 noemt de velden. Ga met de muis op een veldnaam staan voor uitleg over dat veld.",
        "4. Rij 2 is een grijs voorbeeld. Zolang je het niet verandert, wordt het overgeslagen. Begin jouw gegevens op rij 3.",
        "5. Eén rij is één gezinslid, één gebeurtenis, één interventie enzovoort. Een lege rij wordt overgeslagen.",
        "6. Bij velden met een vaste keuze (zoals soort, afloop, van en naar) kies je uit het keuzelijstje in de cel.",
        "7. Stuur het bestand naar de facilitator. Die controleert het en laat je weten welke cel niet klopt.",
        "",
        "Spelregels",
        "• Verplicht zijn: op Format casus, rol en organisatie; verder per tabblad de velden waarvan de uitleg met 'Verplicht' begint.",
        "• Weet je iets niet? Laat de cel leeg. Liever leeg dan gokken.",
        "• Datums zo precies als je ze weet: 2019-03-14, 14 maart 2019, maart 2019, Q2 2019, voorjaar 2019, begin 2019 (jan–apr),",
        "  medio 2019 (mei–aug), eind 2019 (sep–dec), 2019, in 2018, 2018-2019. Niet zeker? Zet er ca. voor, bijvoorbeeld ca. 2015.",
        "• Meerdere codes in één cel (betrokkenen, gericht_op) scheid je met komma's: kind-1, vader.",
        "• Gebruik voor gezinsleden dezelfde codes als de andere professionals: moeder, vader, kind-1, kind-2.",
        "• Gebruik alleen voornamen, of laat de naam leeg.",
        "• Verander de namen van de tabbladen en de veldnamen in rij 1 niet.",
    ]
}
