/// The `project.yaml` of a practice project (`casus genereer`): what a
/// projectleider would write after six analyses, in the words of the Twente
/// report (seed 002, ch. 3 and 4), so a report on generated casussen reads
/// like a real one. Fictional: no real project, municipality decision or person.
enum ProjectGenerator {
    /// Per theme: conclusion, van → naar rows, recommendations.
    static let themas: [(Thema, conclusie: String, vanNaar: [(String, String)], aanbevelingen: [String])] = [
        (.kinderen, "In bijna elke casus ging de aandacht naar het conflict tussen de ouders. De kinderen kwamen pas in beeld als de school of de huisarts aan de bel trok, en dan vooral als onderwerp van de strijd.",
         [("Praten over de kinderen", "De kinderen zelf aan het woord"), ("Het kind als boodschapper", "Een vaste vertrouwenspersoon voor het kind")],
         ["Begin elke casus met de vraag wat het kind nodig heeft.", "Geef elk kind binnen een maand een eigen gesprek met een vast persoon."]),
        (.dogmas, "Gezamenlijk ouderschap bleef het doel, ook toen het al lang niet meer haalbaar was. Steeds weer werden ouders samen aan tafel gezet.",
         [("Eén plan voor één gezin", "Twee plannen voor twee gezinnen"), ("Samen aan tafel als vanzelfsprekendheid", "Parallel ouderschap als volwaardige keuze")],
         ["Overweeg parallel ouderschap zodra een tweede gezamenlijk traject vastloopt."]),
        (.familieEnVrienden, "Het netwerk rond het gezin was zelden in kaart, terwijl grootouders en vrienden het conflict konden dempen of juist aanwakkeren.",
         [("Het netwerk als achtergrond", "Het netwerk als partner in rust")],
         ["Breng bij de start het netwerk van beide ouders in kaart.", "Nodig steunende familie uit bij overdrachten."]),
        (.professionals, "Professionals werkten elk vanuit hun eigen opdracht en hun eigen beeld van goed ouderschap. Bij elke wisseling ging kennis verloren.",
         [("Elke organisatie een eigen visie", "Eén gedeelde visie op rust en welzijn"), ("Koude overdracht", "Warme overdracht met overlap")],
         ["Spreek per casus één regiehouder af die blijft tot de rust terug is."]),
        (.processen, "De hulp was opeenvolgend in plaats van samenhangend: nieuw traject na nieuw traject, opgeschaald uit machteloosheid en abrupt weer afgeschaald.",
         [("Opeenvolgende hulp", "Samenhangende hulp onder één regie"), ("Opschalen uit machteloosheid", "Opschalen om de veiligheid, met een plan")],
         ["Evalueer een traject voordat een nieuw traject begint.", "Schaal af met minstens drie maanden overlap."]),
        (.dynamieken, "De dynamiek tussen de ouders trok ook de professionals mee: wie het ene verhaal hoorde, koos onbewust partij.",
         [("Werken op de inhoud", "Werken met de dynamiek")],
         ["Bespreek in elk overleg hoe het conflict de professionals zelf raakt."]),
    ]

    /// "september 2024 – mei 2025": from the first to the last session.
    static func periode(_ dagen: [Dag]) -> String {
        guard let eerste = dagen.min(), let laatste = dagen.max() else { return "onbekend" }
        func maand(_ d: Dag) -> String { "\(Maanden.namen[d.maand - 1]) \(d.jaar)" }
        return maand(eerste) == maand(laatste) ? maand(eerste) : "\(maand(eerste)) – \(maand(laatste))"
    }

    static func yaml(gemeenten: [String], aantal: Int, periode: String) -> String {
        var uit = """
            # Een verzonnen project om mee te oefenen (casus genereer); geen echt project of gezin.
            project: project/1
            titel: "Oefenproject: rode draden uit \(aantal) verzonnen casussen"
            opdrachtgever: "Regio Twente (oefening)"
            gemeenten: [\(gemeenten.map { "\"\($0)\"" }.joined(separator: ", "))]
            periode: "\(periode)"
            projectleider: "Projectleider casusanalyses (oefening)"
            inleiding: |
              In dit oefenproject analyseerden professionals \(aantal) verzonnen complexe scheidingen terug.
              Per casus vulde elke betrokken professional vooraf een tijdlijn-format in; in een sessie van vier uur
              legde de groep alles op één tijdlijn, plakte smileys en sadneys en toetste de casus aan de visie
              rust en welzijn.

              Dit rapport trekt de rode draden: wat kwam in meerdere casussen terug, en wat moet er anders?
            themas:

            """
        for (thema, conclusie, vanNaar, aanbevelingen) in themas {
            uit += "  \(thema.rawValue):\n    conclusie: \"\(conclusie)\"\n    van_naar:\n"
            for (van, naar) in vanNaar { uit += "      - van: \"\(van)\"\n        naar: \"\(naar)\"\n" }
            uit += "    aanbevelingen:\n" + aanbevelingen.map { "      - \"\($0)\"\n" }.joined()
        }
        uit += """
            gesprekken:
              - met: "Advocaten en mediators"
                datum: "na de laatste sessie"
                aanvullingen:
                  - "Mediation naast een lopende procedure werkt niet."
                  - "Advocaten willen eerder horen wat de hulp voor de kinderen doet."
              - met: "Scholen en intern begeleiders"
                datum: "na de laatste sessie"
                aanvullingen:
                  - "De school ziet de signalen vaak het eerst, maar wordt zelden gevraagd."

            """
        return uit
    }
}
