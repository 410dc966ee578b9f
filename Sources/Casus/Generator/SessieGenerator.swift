/// The smileys and sadneys of a synthetic session, placed on real items of the
/// merged timeline: helping help gets smileys, failed help and opschaling mostly
/// sadneys, each with a fitting theme and often a toelichting.
enum SessieGenerator {
    static func sessie(_ t: Tijdlijn, deelnemers: [String], rng: inout SplitMix64) -> Sessie {
        var kandidaten: [(id: String, gewicht: Int, kansSmiley: Double, themas: [Thema])] = []
        for i in t.interventies {
            let soort = i.inhoud.soort
            let kans: Double = switch i.inhoud.afloop {
            case .doelBereikt?: 0.8
            case .deels?, .lopend?: 0.55
            case .nietGelukt?, .voortijdigGestopt?: 0.2
            default: 0.4
            }
            let themas: [Thema] = soort.isSamenHulp ? [.dogmas, .processen, .dynamieken]
                : soort == .kind || soort == .omgang ? [.kinderen]
                : soort == .parallelOuderschap ? [.dogmas, .kinderen]
                : soort == .netwerk ? [.familieEnVrienden] : [.processen, .professionals]
            kandidaten.append((i.id, 4, kans, themas))
        }
        for k in t.kader {
            kandidaten.append((k.id, 3, k.inhoud.isOpschaling ? 0.3 : 0.35, [.processen, .professionals]))
        }
        for r in t.regie { kandidaten.append((r.id, 1, 0.4, [.professionals, .processen])) }
        for g in t.gebeurtenissen {
            let soort = g.inhoud.soort
            let themas: [Thema] = soort == .school || soort == .contactbreuk || soort == .contactherstel
                ? [.kinderen] : [.dynamieken, .familieEnVrienden]
            kandidaten.append((g.id, 1, soort == .contactherstel ? 0.8 : 0.35, themas))
        }
        for n in t.netwerk { kandidaten.append((n.id, 1, n.inhoud.invloed == .steunend ? 0.8 : 0.3, [.familieEnVrienden])) }
        for k in t.gezinsleden where k.inhoud.rol == .kind { kandidaten.append((k.id, 1, 0.5, [.kinderen])) }

        var annotaties: [Annotatie] = []
        let totaal = kandidaten.reduce(0) { $0 + $1.gewicht }
        if totaal > 0 {
            for _ in 0..<rng.getal(3...12) {
                var trek = rng.getal(1...totaal)
                guard let keuze = kandidaten.first(where: { trek -= $0.gewicht; return trek <= 0 }) else { continue }
                let soort: AnnotatieSoort = rng.kans(keuze.kansSmiley) ? .smiley : .sadney
                let lijst = soort == .smiley ? Woordenlijsten.smileyToelichtingen : Woordenlijsten.sadneyToelichtingen
                annotaties.append(Annotatie(
                    item: keuze.id, soort: soort, door: rng.kies(deelnemers.isEmpty ? ["facilitator"] : deelnemers),
                    thema: rng.kans(0.85) ? rng.kies(keuze.themas) : nil,
                    toelichting: rng.kans(0.65) ? rng.kies(lijst) : nil))
            }
        }
        return Sessie(casus: t.casus, annotaties: annotaties,
                      afspraken: rng.kans(0.5) ? ["Eén vaste regievoerder voor het gezin."] : [],
                      deelnemers: deelnemers.map { Deelnemer(rol: $0) })
    }
}
