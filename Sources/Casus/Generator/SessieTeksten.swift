/// What participants of a synthetic session write and say, fitted to what they
/// react to: a sticky on a mediation talks about the table, one on a child about
/// the child. Made up, in the words of the Twente analyses; no real casus.
enum SessieTeksten {
    /// Per kind of moment: (smiley texts, sadney texts).
    enum Moment: Hashable {
        case samenHulp, kindHulp, parallel, individueel, netwerkHulp, overigeHulp
        case opschaling, afschaling, regie, school, contact, melding, rechter, dynamiek
        case steunendNetwerk, escalerendNetwerk, kind
    }

    static let toelichtingen: [Moment: (smiley: [String], sadney: [String])] = [
        .samenHulp: (["Voor het eerst maakten de ouders één afspraak die hield.",
                      "De begeleider benoemde de strijd en zette de kinderen centraal."],
                     ["Weer samen aan tafel gezet, terwijl dat al eerder niet lukte.",
                      "Mediation naast een lopende procedure: wat aan tafel gezegd werd, stond later in het verzoekschrift.",
                      "Het ouderschapsplan werd getekend, maar door niemand nagekomen."]),
        .kindHulp: (["In de groep kon het kind eindelijk zeggen wat het dacht.",
                     "Begeleide overdrachten gaven de kinderen rust."],
                    ["Het kind moest voor de derde keer zijn verhaal doen.",
                     "De begeleiding stopte abrupt en de omgang viel stil."]),
        .parallel: (["Twee plannen voor twee gezinnen: minder contactmomenten, minder ruzie.",
                     "Los van elkaar ouderschap gaf eindelijk rust."],
                    ["Parallel ouderschap kwam pas na jaren, als laatste strohalm."]),
        .individueel: (["De behandeling gaf de ouder ruimte om weer naar de kinderen te kijken.",
                        "Het onderzoek maakte zichtbaar wat de kinderen nodig hadden."],
                       ["Deze hulp stond los van de rest; niemand wist wat er besproken werd.",
                        "Onderzoek na onderzoek, zonder dat er iets veranderde voor de kinderen."]),
        .netwerkHulp: (["Het netwerkberaad bracht de grootouders weer in beeld als steun."],
                       ["Het netwerk kwam pas aan tafel toen het al escaleerde."]),
        .overigeHulp: (["Praktische steun haalde druk van het gezin."],
                       ["Nog een aanbieder erbij, zonder dat iemand het geheel overzag."]),
        .opschaling: (["De gezinsvoogd bracht eindelijk één lijn aan."],
                      ["Opgeschaald uit machteloosheid, niet om de veiligheid van de kinderen.",
                       "Na de maatregel veranderde er voor de kinderen niets."]),
        .afschaling: (["Afgeschaald met een warme overdracht: de wijkcoach wist wat er speelde."],
                      ["Abrupt afgeschaald, zonder nazorg en zonder overdracht.",
                       "Na de afschaling stond het gezin er weer alleen voor."]),
        .regie: (["Eén vaste regiehouder: iedereen wist wie te bellen."],
                 ["Niemand wist wie de regie had na de wisseling.",
                  "Informatie ging verloren bij de overdracht van de regie."]),
        .school: (["De school signaleerde vroeg en deelde het met de wijkcoach."],
                  ["De school zag het als eerste, maar niemand vroeg de school iets."]),
        .contact: (["Het eerste contact na maanden was goed voorbereid met het kind."],
                   ["Het contactverlies werd genoteerd, maar niemand sprak er met het kind over."]),
        .melding: (["De melding leidde snel tot gerichte hulp."],
                   ["Na de melding werd alles groter, niet rustiger."]),
        .rechter: (["De uitspraak gaf duidelijkheid waar de ouders op konden bouwen."],
                   ["De procedure bepaalde het tempo, niet de kinderen."]),
        .dynamiek: (["Hier werd de dynamiek tussen de ouders hardop benoemd."],
                    ["De strijd tussen de ouders trok alle aandacht; de kinderen verdwenen uit beeld."]),
        .steunendNetwerk: (["Een stabiele factor voor de kinderen, buiten de strijd om.",
                            "Een vaste plek buiten de twee huizen gaf de kinderen houvast."],
                           ["Deze steun uit het netwerk werd door geen professional gezien."]),
        .escalerendNetwerk: (["Toen het netwerk erbij betrokken werd, nam de spanning af."],
                             ["Koos partij voor één ouder en wakkerde het conflict aan."]),
        .kind: (["Het kind had een eigen vertrouwenspersoon.",
                 "Er werd gevraagd wat het kind zelf wilde."],
                ["Niemand sprak het kind zelf.", "Het kind werd boodschapper tussen de ouders."]),
    ]

    /// Per principle (1…8): (toelichting when it went wrong, how it could have gone, toelichting when it went well).
    static let visie: [(niet: String, hadKunnen: String, wel: String)] = [
        ("Elke stap ging over het conflict, niet over rust voor de kinderen.",
         "Na de eerste escalatie de rust van de kinderen als doel nemen.", "De hulp zocht rust, niet de winnaar."),
        ("Jarenlang één ouderschapsplan voor één gezin dat er niet meer was.",
         "Na de mislukte bemiddeling twee plannen voor twee gezinnen.", "Er kwamen twee plannen voor twee huishoudens."),
        ("Elke ouder had een eigen hulpverlener die het eigen belang verdedigde.",
         "Eén gesprek over wat het hele gezin nodig heeft.", "De hulp keek naar het hele systeem."),
        ("Er werd steeds gereageerd op de laatste melding.",
         "Vooruit plannen: wat moet er over een jaar anders zijn?", "Er lag een plan voor de komende jaren."),
        ("Advocaten en familie hielden het conflict in stand.",
         "Het netwerk vroeg betrekken en de-escalerend laten werken.", "Grootouders hielpen de spanning te dempen."),
        ("De hulp volgde de ouders óf legde iets op, nooit allebei.",
         "Aansluiten bij de ouders en tegelijk de richting bewaken.", "De gezinsvoogd volgde én leidde."),
        ("Elke organisatie had een eigen beeld van goed ouderschap.",
         "Vooraf één gedeelde visie afspreken met alle betrokkenen.", "Professionals spraken met één mond."),
        ("Alle energie ging naar wie gelijk had over de feiten.",
         "De dynamiek tussen de ouders bespreekbaar maken.", "De dynamiek werd benoemd in plaats van de inhoud."),
    ]

    /// Agreements (wat, wie as a role).
    static let afspraken: [(wat: String, wie: String)] = [
        ("Bij elke wisseling van regie een warme overdracht met de nieuwe regiehouder.", "wijkcoach"),
        ("De school krijgt één vast aanspreekpunt en wordt bij elk overleg uitgenodigd.", "intern begeleider"),
        ("Geen nieuw gezamenlijk traject voor de ouders voordat het vorige is geëvalueerd.", "wijkcoach"),
        ("Het kind krijgt vóór de volgende zitting een eigen gesprek met een vast persoon.", "jeugdbeschermer"),
        ("De grootouders worden betrokken als steun bij de overdrachten.", "wijkcoach"),
        ("Afschaling pas na drie maanden overlap tussen jeugdbescherming en wijkteam.", "jeugdbeschermer"),
    ]

    static let evaluaties = [
        "Confronterend om alles achter elkaar te zien, maar het hielp.",
        "Pas nu zag ik hoe vaak het gezin opnieuw moest beginnen.",
        "Fijn om het eens met iedereen tegelijk te bespreken.",
        "We gaan de overdracht anders doen; dat neem ik mee.",
    ]

    static let checkIns = [
        "Benieuwd wat we samen gaan zien.", "Spannend: ik was zelf lang betrokken.",
        "Ik kende alleen mijn eigen stukje van het verhaal.", "Ik hoop dat we leren wat we anders kunnen doen.",
    ]
}
