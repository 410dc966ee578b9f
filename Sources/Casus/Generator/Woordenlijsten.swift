/// Small Dutch word lists for synthetic casussen. All names and organisations are
/// made up; none refers to a real person, family or provider.
enum Woordenlijsten {
    static let gemeenten: [(id: String, naam: String)] = [
        ("almelo", "Almelo"), ("borne", "Borne"), ("dinkelland", "Dinkelland"), ("enschede", "Enschede"),
        ("haaksbergen", "Haaksbergen"), ("hellendoorn", "Hellendoorn"), ("hengelo", "Hengelo"),
        ("hof-van-twente", "Hof van Twente"), ("losser", "Losser"), ("oldenzaal", "Oldenzaal"),
        ("rijssen-holten", "Rijssen-Holten"), ("tubbergen", "Tubbergen"), ("twenterand", "Twenterand"),
        ("wierden", "Wierden")]
    // No names that are ordinary words (Bakker, Iris): intake would warn about each.
    static let moeders = ["Sanne", "Lotte", "Eva", "Ilse", "Anne", "Anouk", "Marieke", "Esther",
                          "Nicole", "Sabine", "Yvonne", "Linda", "Femke", "Naima", "Ayşe"]
    static let vaders = ["Bas", "Jeroen", "Marco", "Tim", "Rick", "Dennis", "Erik", "Sander",
                         "Martijn", "Youssef", "Kevin", "Ruben", "Niels", "Hüseyin", "Wouter"]
    static let kinderen = ["Daan", "Noah", "Emma", "Julia", "Sem", "Mila", "Finn", "Zoë", "Luuk",
                           "Tess", "Jesse", "Sara", "Levi", "Nora", "Milan", "Lieke"]
    static let achternamen = ["de Vries", "Jansen", "Hendriks", "Peters", "Dijkstra", "Meijer",
                              "Wolters", "Brinkman", "Kamphuis", "Haverkamp", "Nijhuis", "Oude Luttikhuis"]

    /// Per soort: (naam, aanbieder).
    static let interventies: [InterventieSoort: [(String, String)]] = [
        .communicatie: [("Communicatietraining ouders", "Zorggroep De Linde"),
                        ("Ouderschap Blijft", "Stichting Samen Verder")],
        .gezamenlijkOuderschap: [("Ouderschapsplan opstellen", "Wijkteam"),
                                 ("Co-ouderschapsbegeleiding", "Jeugdhulp Twentekanaal")],
        .mediation: [("mediation", "Mediationpraktijk Rust & Ruimte"),
                     ("scheidingsbemiddeling", "Bureau Tweesprong")],
        .parallelOuderschap: [("Parallel ouderschap", "Jeugdhulp Twentekanaal")],
        .individueel: [("individuele therapie moeder", "GGZ De Esch"),
                       ("traumabehandeling vader", "GGZ De Esch"),
                       ("schuldhulp", "Stadsbank Oost")],
        .kind: [("KIES-groep", "Stichting Kind Centraal"), ("speltherapie", "Praktijk Het Speelhuis")],
        .omgang: [("omgangsbegeleiding", "Jeugdhulp Twentekanaal"),
                  ("begeleide overdrachten", "Omgangshuis De Brug")],
        .diagnostiek: [("psychodiagnostisch onderzoek", "GGZ De Esch"),
                       ("systeemdiagnostiek", "Zorggroep De Linde")],
        .netwerk: [("netwerkberaad", "Eigen Kracht Twente")],
        .overig: [("gezinscoaching", "Zorggroep De Linde")],
    ]

    static let resultaten = [
        "Ouders kwamen niet tot afspraken.", "Advies teruggegeven aan de wijkcoach.",
        "Moeder voelde zich niet gehoord.", "Vader stopte na drie sessies.",
        "Overdrachten verliepen rustiger.", "Kinderen gaven aan meer rust te ervaren.",
        "Het ouderschapsplan is getekend, maar wordt niet nagekomen.",
    ]

    /// Per soort gebeurtenis: sentences; `{m}`, `{v}`, `{k}` are filled with names.
    static let gebeurtenissen: [GebeurtenisSoort: [String]] = [
        .scheiding: ["{m} en {v} gaan uit elkaar na een heftige ruzie.",
                     "{v} verlaat het huis; de kinderen blijven bij {m}."],
        .verhuizing: ["{m} verhuist met {k} naar een andere gemeente.", "{v} verhuist naar een flat in de stad."],
        .melding: ["Melding bij Veilig Thuis na escalatie bij een overdracht.",
                   "School meldt zorgen over {k} bij Veilig Thuis."],
        .rechtszaak: ["Kort geding over de omgangsregeling.", "Zitting over het hoofdverblijf van {k}."],
        .uitspraak: ["De rechter bepaalt een voorlopige omgangsregeling.", "De rechter wijst het verzoek van {v} af."],
        .incident: ["Ruzie bij de overdracht op het schoolplein.", "{v} staat onaangekondigd voor de deur bij {m}."],
        .school: ["{k} is vaak afwezig en moe in de klas.", "De leerkracht ziet dat {k} zich terugtrekt."],
        .gezondheid: ["{m} valt uit op het werk met burn-outklachten.", "{k} krijgt buikpijnklachten zonder oorzaak."],
        .contactbreuk: ["{k} weigert contact met {v}.", "Het contact tussen {k} en {m} ligt stil."],
        .contactherstel: ["{k} ziet {v} weer om het weekend.", "Eerste begeleide ontmoeting tussen {k} en {m}."],
        .gebeurtenis: ["{v} krijgt een nieuwe partner.", "Familieverjaardag loopt uit op ruzie."],
    ]

    static let dynamieken = ["Ouders communiceren alleen nog via advocaten.",
                             "Elke afspraak wordt een strijd.", "Moeder voelt zich geïntimideerd.",
                             "Vader voelt zich buitengesloten."]
    static let effecten = ["Hulpverleners worden in het conflict getrokken.",
                           "Nieuwe hulp wordt ingezet zonder overleg.", "Het team voelt zich machteloos."]

    static let netwerk: [(id: String, rol: String)] = [
        ("grootmoeder-mz", "grootmoeder-mz"), ("grootvader-vz", "grootvader-vz"),
        ("vriendin-moeder", "vriendin-moeder"), ("broer-vader", "broer-vader"),
        ("buurvrouw", "buurvrouw"),
    ]
    static let scholen = ["Basisschool De Regenboog", "Basisschool 't Kompas", "Kindcentrum De Esch"]
    static let huisartsen = ["Huisartsenpraktijk Het Hof", "Gezondheidscentrum De Bron"]
    static let advocaten = ["Advocatenkantoor Van Dijk & Partners", "Kantoor Ter Horst Advocaten"]
}
