import Foundation

/// The "true" course of one synthetic casus, before professionals each write down
/// their part of it: family, help, framework transitions, regie and events, all
/// with exact days. `FormatVerdeler` turns it into 4–6 overlapping formats.
struct CasusVerhaal {
    var casus: String
    var gemeente: (id: String, naam: String)
    var gezinsleden: [Gezinslid] = []
    var netwerk: [Netwerklid] = []
    var gebeurtenissen: [(Gebeurtenis, Dag)] = []
    var interventies: [(Interventie, start: Dag, einde: Dag?)] = []
    var kader: [(KaderOvergang, Dag)] = []
    var regie: [(Regieperiode, vanaf: Dag, tot: Dag?)] = []

    static func genereer(index: Int, rng: inout SplitMix64) -> CasusVerhaal {
        let gemeente = rng.kies(Woordenlijsten.gemeenten)
        let begin = Dag(rng.getal(2014...2021), rng.getal(1...12), rng.getal(1...28))
        var v = CasusVerhaal(casus: "\(gemeente.id)-\(begin.jaar + 3)-\(String(format: "%05d", index + 1))",
                             gemeente: gemeente)
        v.gezin(begin: begin, rng: &rng)
        v.hulp(begin: begin, rng: &rng)
        v.kaderEnRegie(begin: begin, rng: &rng)
        v.voorvallen(begin: begin, rng: &rng)
        return v
    }

    static func exact(_ dag: Dag) -> Datum { Datum(tekst: dag.description, van: dag, tot: dag, precisie: .dag) }

    var kinderen: [Gezinslid] { gezinsleden.filter { $0.rol == .kind } }

    /// Every day the story mentions.
    var dagen: [Dag] {
        gebeurtenissen.map { $0.1 } + interventies.flatMap { [$0.start] + [$0.einde].compactMap { $0 } }
            + kader.map { $0.1 } + regie.flatMap { [$0.vanaf] + [$0.tot].compactMap { $0 } }
    }

    private mutating func gezin(begin: Dag, rng: inout SplitMix64) {
        let achternaam = rng.kies(Woordenlijsten.achternamen)
        gezinsleden = [
            Gezinslid(id: "moeder", rol: .moeder, naam: "\(rng.kies(Woordenlijsten.moeders)) \(achternaam)",
                      mechanisme: rng.kans(0.5) ? "trekt zich terug als het spannend wordt" : nil),
            Gezinslid(id: "vader", rol: .vader, naam: rng.kies(Woordenlijsten.vaders),
                      eigenheid: rng.kans(0.5) ? "zorgzaam, maar snel gekrenkt" : nil),
        ]
        let namen = rng.deelverzameling(Woordenlijsten.kinderen, aantal: rng.getal(1...3))
        for (n, naam) in namen.enumerated() {
            let jaar = begin.jaar - rng.getal(2...12)
            gezinsleden.append(Gezinslid(id: "kind-\(n + 1)", rol: .kind, naam: naam,
                                         geboren: DatumSchrijver.datum("\(jaar)"),
                                         blijVan: rng.kans(0.4) ? "voetbal en tekenen" : nil))
        }
        if rng.kans(0.3) {
            gezinsleden.append(Gezinslid(id: "nieuwe-partner-vader", rol: .nieuwePartner,
                                         naam: rng.kies(Woordenlijsten.moeders)))
        }
        if rng.kans(0.6) {
            for lid in rng.deelverzameling(Woordenlijsten.netwerk, aantal: rng.getal(1...3)) {
                netwerk.append(Netwerklid(id: lid.id, rol: lid.rol,
                                          invloed: rng.kies([.steunend, .escalerend, .wisselend, .onbekend])))
            }
        }
    }

    private mutating func hulp(begin: Dag, rng: inout SplitMix64) {
        let aantal = rng.getal(2...6)
        var cursor = begin.plus(dagen: rng.getal(30...120))
        let kindHulp = rng.kans(0.45) ? rng.getal(0...(aantal - 1)) : -1
        for n in 0..<aantal {
            let soort: InterventieSoort
            if n == kindHulp { soort = .kind }
            else if n < 2 { soort = rng.kies([.communicatie, .gezamenlijkOuderschap, .mediation, .communicatie]) }
            else if n == aantal - 1 && rng.kans(0.4) { soort = .parallelOuderschap }
            else { soort = rng.kies([.omgang, .individueel, .diagnostiek, .communicatie, .mediation,
                                     .netwerk, .overig, .gezamenlijkOuderschap]) }
            let (naam, aanbieder) = rng.kies(Woordenlijsten.interventies[soort] ?? [("hulp", "Wijkteam")])
            let lopend = n == aantal - 1 && rng.kans(0.3)
            let einde = lopend ? nil : cursor.plus(dagen: rng.getal(60...330))
            let gerichtOp: [String] = switch soort {
            case .kind: [kinderen.first?.id ?? "kind-1"]
            case .individueel: [naam.contains("vader") ? "vader" : "moeder"]
            case .communicatie, .gezamenlijkOuderschap, .mediation, .parallelOuderschap: ["moeder", "vader"]
            default: []
            }
            let afloop: Afloop? = lopend ? .lopend : rng.kies(
                [.nietGelukt, .nietGelukt, .nietGelukt, .voortijdigGestopt, .deels, .deels, .doelBereikt,
                 .onbekend, nil])
            let overdracht: InterventieOverdracht? = rng.kies(
                [.terugNaarRegie, .terugNaarRegie, .warmeOverdracht, .geen, nil, nil])
            interventies.append((Interventie(
                naam: naam, aanbieder: aanbieder == "Wijkteam" ? "Wijkteam \(gemeente.naam)" : aanbieder,
                soort: soort, start: Self.exact(cursor), einde: einde.map(Self.exact), gerichtOp: gerichtOp,
                afloop: afloop, overdracht: lopend ? nil : overdracht,
                resultaat: rng.kans(0.5) ? rng.kies(Woordenlijsten.resultaten) : nil), cursor, einde))
            cursor = (einde ?? cursor.plus(dagen: 200)).plus(dagen: rng.getal(-20...200))
        }
    }

    private mutating func kaderEnRegie(begin: Dag, rng: inout SplitMix64) {
        let wijkteam = "Wijkteam \(gemeente.naam)"
        var regieStart = begin.plus(dagen: rng.getal(5...40))
        var opschaling: Dag?
        var afschaling: Dag?
        if rng.kans(0.55), interventies.count >= 2 {
            let na = interventies[1].einde ?? interventies[1].start.plus(dagen: 120)
            let dag = na.plus(dagen: rng.getal(10...90))
            opschaling = dag
            kader.append((KaderOvergang(
                datum: Self.exact(dag), van: .vrijwillig, naar: .gedwongen,
                maatregel: rng.kies([.voorlopigeOts, .ots, .ots, .raadsonderzoek]),
                reden: rng.kies([.machteloosheid, .machteloosheid, .onveiligheid, .onbekend, nil]),
                toelichting: rng.kans(0.3) ? "Vrijwillige hulp liep vast." : nil), dag))
            if rng.kans(0.6) {
                let terug = dag.plus(dagen: rng.getal(365...800))
                afschaling = terug
                kader.append((KaderOvergang(datum: Self.exact(terug), van: .gedwongen, naar: .vrijwillig,
                                            maatregel: .eindeOts), terug))
            }
        }
        // Regie: wijkteam, jeugdbescherming while gedwongen, wijkteam again; sometimes a move.
        var grenzen: [(wie: String, organisatie: String, gemeente: String, tot: Dag?)] = []
        if rng.kans(0.35) {
            let anders = rng.kies(Woordenlijsten.gemeenten.filter { $0.id != gemeente.id })
            grenzen.append(("wijkcoach", wijkteam, gemeente.naam, regieStart.plus(dagen: rng.getal(200...500))))
            grenzen.append(("wijkcoach", "Wijkteam \(anders.naam)", anders.naam, opschaling))
        } else {
            grenzen.append(("wijkcoach", wijkteam, gemeente.naam, opschaling))
        }
        if let opschaling {
            grenzen[grenzen.count - 1].tot = opschaling
            grenzen.append(("jeugdbeschermer", "Jeugdbescherming Twenteland", gemeente.naam, afschaling))
            if afschaling != nil { grenzen.append(("wijkcoach", wijkteam, gemeente.naam, nil)) }
        }
        for (n, g) in grenzen.enumerated() {
            let tot = g.tot.map { max($0, regieStart.plus(dagen: 30)) }
            regie.append((Regieperiode(
                vanaf: Self.exact(regieStart), tot: tot.map(Self.exact), wie: g.wie, organisatie: g.organisatie,
                gemeente: g.gemeente, overdracht: n == 0 ? nil : rng.kies([.warm, .koud, .koud, .onbekend])),
                regieStart, tot))
            regieStart = (tot ?? regieStart).plus(dagen: rng.kans(0.25) ? rng.getal(40...150) : 1)
        }
    }

    private mutating func voorvallen(begin: Dag, rng: inout SplitMix64) {
        let eind = (interventies.compactMap(\.einde) + kader.map(\.1) + [begin.plus(dagen: 400)]).max() ?? begin
        // Professionals write names in free text; pseudonymised output must replace them.
        let metNamen = rng.kans(0.5)
        func naam(_ id: String) -> String {
            let voornaam = gezinsleden.first { $0.id == id }?.naam?.split(separator: " ").first.map(String.init)
            return metNamen ? voornaam ?? id : id
        }
        let kind = kinderen.first?.id ?? "kind-1"
        let plekken = [("{m}", "moeder"), ("{v}", "vader"), ("{k}", kind)]
        /// The sentence, and the people it names (its betrokkenen).
        func zin(_ soort: GebeurtenisSoort) -> (String, [String]) {
            var tekst = rng.kies(Woordenlijsten.gebeurtenissen[soort] ?? ["Er gebeurde iets."])
            var betrokkenen: [String] = []
            for (teken, id) in plekken where tekst.contains(teken) {
                tekst = tekst.replacingOccurrences(of: teken, with: naam(id))
                betrokkenen.append(id)
            }
            return (tekst, betrokkenen.isEmpty ? ["moeder", "vader"] : betrokkenen)
        }
        gebeurtenissen.append((Gebeurtenis(datum: Self.exact(begin), wat: zin(.scheiding).0, soort: .scheiding,
                                           betrokkenen: ["moeder", "vader"],
                                           dynamiek: rng.kies(Woordenlijsten.dynamieken)), begin))
        let soorten: [GebeurtenisSoort] = [.verhuizing, .melding, .rechtszaak, .uitspraak, .incident, .school,
                                           .gezondheid, .contactbreuk, .contactherstel, .gebeurtenis]
        for _ in 0..<rng.getal(3...8) {
            let dag = Dag(dagnummer: rng.getal(begin.dagnummer...eind.dagnummer))
            let soort = rng.kies(soorten)
            let veiligheid: Veiligheid = soort == .melding || soort == .incident
                ? rng.kies([.zorg, .geenZorg, .onbekend]) : rng.kies([.geenZorg, .onbekend, .onbekend])
            let (wat, betrokkenen) = zin(soort)
            gebeurtenissen.append((Gebeurtenis(
                datum: Self.exact(dag), wat: wat, soort: soort, betrokkenen: betrokkenen,
                dynamiek: rng.kans(0.3) ? rng.kies(Woordenlijsten.dynamieken) : nil,
                effectProfessionals: rng.kans(0.25) ? rng.kies(Woordenlijsten.effecten) : nil,
                veiligheid: veiligheid, bron: rng.kies(["dossier", "gesprek", nil])), dag))
        }
        gebeurtenissen.sort { $0.1 < $1.1 }
    }
}
