/// Looks up the items of one merged casus by id and describes them. Names appear
/// only if the timeline still has them (`--met-namen`); pseudonymising happens before.
struct ItemIndex {
    let casus: String
    private var beschrijvingen: [String: ItemBeschrijving] = [:]

    init(tijdlijn: Tijdlijn) {
        casus = tijdlijn.casus
        let kader = KaderOpDatum(tijdlijn.kader.map(\.inhoud))

        func zet(_ id: String, _ soort: ItemBeschrijving.Soort, _ omschrijving: String,
                 _ datum: Datum?, _ interventieSoort: InterventieSoort? = nil) {
            beschrijvingen[id] = ItemBeschrijving(
                casus: casus, item: id, soort: soort, omschrijving: omschrijving,
                datum: datum?.tekst, kader: datum.map { kader.kader(op: $0.van) },
                interventieSoort: interventieSoort)
        }

        for lid in tijdlijn.gezinsleden {
            let l = lid.inhoud
            let naam = l.naam.map { " \($0)" } ?? ""
            zet(lid.id, .gezinslid, "\(l.id)\(naam) (\(l.rol.rawValue))", nil)
        }
        for lid in tijdlijn.netwerk {
            let l = lid.inhoud
            let naam = l.naam.map { "\($0), " } ?? ""
            zet(lid.id, .netwerk, "\(naam)\(l.rol) (\(l.invloed.rawValue))", nil)
        }
        for item in tijdlijn.gebeurtenissen {
            zet(item.id, .gebeurtenis, item.inhoud.wat, item.inhoud.datum)
        }
        for item in tijdlijn.interventies {
            let i = item.inhoud
            zet(item.id, .interventie, "\(i.naam) bij \(i.aanbieder) (\(i.soort.rawValue))",
                i.start, i.soort)
        }
        for item in tijdlijn.kader {
            let k = item.inhoud
            let richting = k.isOpschaling ? "opschaling naar gedwongen kader"
                : "afschaling naar vrijwillig kader"
            let maatregel = k.maatregel.map { " (\($0.rawValue))" } ?? ""
            zet(item.id, .kader, richting + maatregel, k.datum)
        }
        for item in tijdlijn.regie {
            let r = item.inhoud
            let gemeente = r.gemeente.map { ", gemeente \($0)" } ?? ""
            zet(item.id, .regie, "regie bij \(r.wie), \(r.organisatie)\(gemeente)",
                r.vanaf)
        }
        for wissel in tijdlijn.regiewisselingen {
            let naar = beschrijvingen[wissel.naar]?.omschrijving ?? wissel.naar
            let gemeente = wissel.andereGemeente ? ", andere gemeente" : ""
            zet(wissel.id, .regiewissel,
                "regiewissel naar \(naar) (overdracht \(wissel.overdracht.rawValue)\(gemeente))",
                wissel.datum)
        }
    }

    /// The item's description; an unknown id is described as such, never dropped.
    func beschrijving(_ id: String) -> ItemBeschrijving {
        beschrijvingen[id] ?? ItemBeschrijving(
            casus: casus, item: id, soort: .onbekend,
            omschrijving: "onbekend item (staat niet op de samengevoegde tijdlijn)")
    }
}
