import Foundation

/// Splits a `CasusVerhaal` into the formats of 4–6 professionals: each writes what
/// they know (the owner of a fact always, others sometimes), in their own date style,
/// and now and then remembers an outcome differently — as real formats overlap.
struct FormatVerdeler {
    struct Deelnemer {
        var rol: String
        var organisatie: String
        var isEigenaar: (Item) -> Bool
    }

    enum Item {
        case gebeurtenis(GebeurtenisSoort)
        case interventie(InterventieSoort, gedwongen: Bool)
        case kader
        case regie
    }

    static func formats(_ v: CasusVerhaal, rng: inout SplitMix64) -> [TijdlijnFormat] {
        indieners(v, rng: &rng).map { format(v, door: $0, rng: &rng) }
    }

    static func indieners(_ v: CasusVerhaal, rng: inout SplitMix64) -> [Deelnemer] {
        let wijkcoach = Deelnemer(rol: "wijkcoach", organisatie: "Wijkteam \(v.gemeente.naam)") { item in
            switch item {
            case .gebeurtenis(let s): ![.school, .gezondheid, .rechtszaak, .uitspraak].contains(s)
            case .interventie(_, let gedwongen): !gedwongen
            case .kader, .regie: true
            }
        }
        let jeugdbeschermer = Deelnemer(rol: "jeugdbeschermer", organisatie: "Jeugdbescherming Twenteland") { item in
            switch item {
            case .interventie(_, let gedwongen): gedwongen
            case .kader, .regie: true
            case .gebeurtenis(let s): s == .melding
            }
        }
        var pool = [
            Deelnemer(rol: "gedragswetenschapper", organisatie: "Jeugdbescherming Twenteland") {
                if case .interventie(.diagnostiek, _) = $0 { true } else { false }
            },
            Deelnemer(rol: "leerkracht", organisatie: rng.kies(Woordenlijsten.scholen)) {
                if case .gebeurtenis(.school) = $0 { true } else { false }
            },
            Deelnemer(rol: "huisarts", organisatie: rng.kies(Woordenlijsten.huisartsen)) {
                if case .gebeurtenis(.gezondheid) = $0 { true } else { false }
            },
            Deelnemer(rol: "advocaat", organisatie: rng.kies(Woordenlijsten.advocaten)) {
                if case .gebeurtenis(let s) = $0 { s == .rechtszaak || s == .uitspraak } else { false }
            },
        ]
        if v.interventies.contains(where: { $0.0.soort == .mediation }) {
            pool.append(Deelnemer(rol: "mediator", organisatie: "Mediationpraktijk Rust & Ruimte") {
                if case .interventie(.mediation, _) = $0 { true } else { false }
            })
        }
        var gekozen = [wijkcoach]
        if !v.kader.isEmpty { gekozen.append(jeugdbeschermer) } else { pool.append(jeugdbeschermer) }
        let aantal = rng.getal(4...6) - gekozen.count
        return gekozen + rng.deelverzameling(pool, aantal: aantal)
    }

    private static func format(_ v: CasusVerhaal, door indiener: Deelnemer, rng: inout SplitMix64) -> TijdlijnFormat {
        let kern = indiener.rol == "wijkcoach" || indiener.rol == "jeugdbeschermer"
        func kent(_ item: Item, _ p: Double) -> Bool { indiener.isEigenaar(item) || rng.kans(p) }
        func stijl(_ item: Item) -> DatumSchrijver.Stijl {
            indiener.isEigenaar(item) ? rng.kies([.iso, .nl, .voluit])
                : rng.kies([.iso, .voluit, .maand, .maand, .maandIso, .circaMaand])
        }
        let gedwongen = KaderOpDatum(v.kader.map(\.0))

        var f = TijdlijnFormat(
            bestand: "\(indiener.rol).yaml", casus: v.casus,
            ingediendDoor: Indiener(
                rol: indiener.rol, organisatie: indiener.organisatie,
                naam: rng.kans(0.5) ? "\(rng.kies(Woordenlijsten.moeders + Woordenlijsten.vaders)) "
                    + rng.kies(Woordenlijsten.achternamen) : nil,
                datum: DatumSchrijver.datum("\(rng.getal(2023...2025))-\(String(format: "%02d", rng.getal(1...12)))")))
        f.gezinsleden = v.gezinsleden.filter { kern || $0.rol != .nieuwePartner }.map { lid in
            var lid = lid
            if !kern && rng.kans(0.5) { lid.naam = nil }
            if !kern { lid.mechanisme = nil; lid.eigenheid = nil }
            return lid
        }
        f.netwerk = v.netwerk.filter { _ in kern && indiener.rol == "wijkcoach" || rng.kans(0.3) }
        for (g, dag) in v.gebeurtenissen where g.soort == .scheiding || kent(.gebeurtenis(g.soort), 0.35) {
            var g = g
            g.datum = DatumSchrijver.schrijf(dag, stijl: stijl(.gebeurtenis(g.soort)))
            if !indiener.isEigenaar(.gebeurtenis(g.soort)) { g.effectProfessionals = nil }
            f.gebeurtenissen.append(g)
        }
        for (i, start, einde) in v.interventies {
            let item = Item.interventie(i.soort, gedwongen: gedwongen.kader(op: start) == .gedwongen)
            guard kent(item, 0.3) else { continue }
            var i = i
            let s = stijl(item)
            i.start = DatumSchrijver.schrijf(start, stijl: s)
            i.einde = einde.map { DatumSchrijver.schrijf($0, stijl: s) }
            if !indiener.isEigenaar(item) && rng.kans(0.1) { i.afloop = rng.kies([.deels, .nietGelukt, nil]) }
            f.interventies.append(i)
        }
        for (k, dag) in v.kader where kent(.kader, indiener.rol == "advocaat" ? 0.6 : 0.2) {
            var k = k
            k.datum = DatumSchrijver.schrijf(dag, stijl: stijl(.kader))
            f.kader.append(k)
        }
        for (r, vanaf, tot) in v.regie where kent(.regie, 0.15) {
            var r = r
            let s = stijl(.regie)
            r.vanaf = DatumSchrijver.schrijf(vanaf, stijl: s)
            r.tot = tot.map { DatumSchrijver.schrijf($0, stijl: s) }
            f.regie.append(r)
        }
        return f
    }
}
