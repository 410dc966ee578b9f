/// A synthetic session (sessie/2) on the merged timeline: the participants who
/// sent formats, smileys and sadneys on real items with a toelichting and thema
/// that fit the item (helping help mostly smileys, opschaling uit machteloosheid
/// mostly sadneys), the vision test on the eight principles, agreements with
/// who and when, and the closing round.
enum SessieGenerator {
    typealias Moment = SessieTeksten.Moment

    struct Kandidaat {
        var id: String
        var gewicht: Int
        var kansSmiley: Double
        var themas: [Thema]
        var moment: Moment
    }

    static func sessie(_ t: Tijdlijn, deelnemers: [Deelnemer], op dag: Dag, rng: inout SplitMix64) -> Sessie {
        let ids = deelnemers.compactMap(\.id)
        return Sessie(casus: t.casus, annotaties: annotaties(kandidaten(t), door: ids, rng: &rng),
                      afspraken: afspraken(deelnemers, na: dag, rng: &rng),
                      datum: DatumSchrijver.schrijf(dag, stijl: .iso), facilitator: rng.kies(["Marloes", "Gerdien", "Hanneke"]),
                      deelnemers: deelnemers, visie: visie(rng: &rng),
                      evaluatie: rng.deelverzameling(SessieTeksten.evaluaties, aantal: rng.getal(1...2)).map {
                          Evaluatie(door: ids.isEmpty ? "facilitator" : rng.kies(ids), tekst: $0)
                      })
    }

    static func kandidaten(_ t: Tijdlijn) -> [Kandidaat] {
        var uit: [Kandidaat] = []
        for i in t.interventies {
            let soort = i.inhoud.soort
            let kans: Double = switch i.inhoud.afloop {
            case .doelBereikt?: 0.8
            case .deels?, .lopend?: 0.55
            case .nietGelukt?, .voortijdigGestopt?: 0.2
            default: 0.4
            }
            let (themas, moment): ([Thema], Moment) =
                soort.isSamenHulp ? ([.dogmas, .processen, .dynamieken], .samenHulp)
                : soort == .kind || soort == .omgang ? ([.kinderen], .kindHulp)
                : soort == .parallelOuderschap ? ([.dogmas, .kinderen], .parallel)
                : soort == .individueel || soort == .diagnostiek ? ([.professionals, .processen], .individueel)
                : soort == .netwerk ? ([.familieEnVrienden], .netwerkHulp) : ([.processen, .professionals], .overigeHulp)
            uit.append(Kandidaat(id: i.id, gewicht: 4, kansSmiley: kans, themas: themas, moment: moment))
        }
        for k in t.kader {
            uit.append(Kandidaat(id: k.id, gewicht: 3, kansSmiley: k.inhoud.isOpschaling ? 0.3 : 0.35,
                                 themas: [.processen, .professionals], moment: k.inhoud.isOpschaling ? .opschaling : .afschaling))
        }
        for r in t.regie {
            uit.append(Kandidaat(id: r.id, gewicht: 1, kansSmiley: 0.4, themas: [.professionals, .processen], moment: .regie))
        }
        for g in t.gebeurtenissen {
            let (themas, moment): ([Thema], Moment) = switch g.inhoud.soort {
            case .school: ([.kinderen, .professionals], .school)
            case .contactbreuk, .contactherstel: ([.kinderen], .contact)
            case .melding: ([.processen, .dynamieken], .melding)
            case .rechtszaak, .uitspraak: ([.processen, .dynamieken], .rechter)
            default: ([.dynamieken], .dynamiek)
            }
            uit.append(Kandidaat(id: g.id, gewicht: 1, kansSmiley: g.inhoud.soort == .contactherstel ? 0.8 : 0.35,
                                 themas: themas, moment: moment))
        }
        for n in t.netwerk {
            let steunend = n.inhoud.invloed == .steunend
            uit.append(Kandidaat(id: n.id, gewicht: 1, kansSmiley: steunend ? 0.8 : 0.3, themas: [.familieEnVrienden],
                                 moment: steunend ? .steunendNetwerk : .escalerendNetwerk))
        }
        for k in t.gezinsleden where k.inhoud.rol == .kind {
            uit.append(Kandidaat(id: k.id, gewicht: 1, kansSmiley: 0.4, themas: [.kinderen], moment: .kind))
        }
        return uit
    }

    static func annotaties(_ kandidaten: [Kandidaat], door ids: [String], rng: inout SplitMix64) -> [Annotatie] {
        let totaal = kandidaten.reduce(0) { $0 + $1.gewicht }
        guard totaal > 0 else { return [] }
        var uit: [Annotatie] = []
        for _ in 0..<rng.getal(4...12) {
            var trek = rng.getal(1...totaal)
            guard let keuze = kandidaten.first(where: { trek -= $0.gewicht; return trek <= 0 }) else { continue }
            let soort: AnnotatieSoort = rng.kans(keuze.kansSmiley) ? .smiley : .sadney
            let teksten = SessieTeksten.toelichtingen[keuze.moment].map { soort == .smiley ? $0.smiley : $0.sadney } ?? []
            uit.append(Annotatie(
                item: keuze.id, soort: soort, door: ids.isEmpty ? "facilitator" : rng.kies(ids),
                thema: rng.kans(0.9) ? rng.kies(keuze.themas) : nil,
                toelichting: rng.kans(0.75) && !teksten.isEmpty ? rng.kies(teksten) : nil))
        }
        return uit
    }

    /// Most principles are judged, most often `niet` or `deels`: these are the casussen that went wrong.
    static func visie(rng: inout SplitMix64) -> [VisieOordeel] {
        Principe.alle.compactMap { p in
            guard rng.kans(0.85) else { return nil }
            let tekst = SessieTeksten.visie[p.nummer - 1]
            let trek = rng.getal(1...20)
            let oordeel: Oordeel = trek <= 9 ? .niet : trek <= 16 ? .deels : .wel
            return switch oordeel {
            case .wel: VisieOordeel(principe: p.nummer, oordeel: .wel, toelichting: tekst.wel)
            default: VisieOordeel(principe: p.nummer, oordeel: oordeel,
                                  toelichting: oordeel == .niet ? tekst.niet : "Pas laat: " + tekst.wel.prefix(1).lowercased() + tekst.wel.dropFirst(),
                                  hadKunnen: tekst.hadKunnen)
            }
        }
    }

    static func afspraken(_ deelnemers: [Deelnemer], na dag: Dag, rng: inout SplitMix64) -> [Afspraak] {
        let rollen = Set(deelnemers.map(\.rol))
        return rng.deelverzameling(SessieTeksten.afspraken, aantal: rng.getal(1...3)).map { a in
            Afspraak(wat: a.wat, wie: rollen.contains(a.wie) ? a.wie : "wijkcoach",
                     wanneer: DatumSchrijver.schrijf(dag.plus(maanden: rng.getal(1...4)), stijl: .maand),
                     status: rng.kans(0.3) ? .gedaan : .open)
        }
    }
}
