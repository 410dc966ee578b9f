/// `regie-gat`: nobody held the case lead for a while, or it went cold to another
/// municipality.
public struct RegieGat: PatroonRegel {
    public static let id = "regie-gat"
    public static let titel = "Gat in de regie"
    public static let gatDagen = Drempel(patroon: id, sleutel: "gat_dagen", standaard: 31,
        uitleg: "meer dan zoveel dagen zonder dat iemand de regie had")
    public static var drempels: [Drempel] { [gatDagen] }

    public init() {}

    public func detecteer(_ tijdlijn: Tijdlijn, instellingen: PatroonInstellingen) -> [Bevinding] {
        let items = chronologisch(tijdlijn.regie) { $0.vanaf }
        let drempel = instellingen[Self.gatDagen]
        // (before, after) → what happened between them, in order of discovery.
        var paren: [(voor: String, na: String, delen: [String])] = []
        func voegToe(_ voor: String, _ na: String, _ deel: String) {
            if let i = paren.firstIndex(where: { $0.voor == voor && $0.na == na }) {
                paren[i].delen.append(deel)
            } else {
                paren.append((voor, na, [deel]))
            }
        }
        // Sweep: the period covering the latest day so far; a period without `tot` is still
        // holding, so after it there is no gap.
        var dekkend: TijdlijnItem<Regieperiode>?
        for item in items {
            if let vorige = dekkend {
                guard let einde = vorige.inhoud.eindDag else { break }
                let gat = item.inhoud.vanaf.van - einde
                if gat > drempel {
                    voegToe(vorige.id, item.id, gatZin(vorige.inhoud, item.inhoud, dagen: gat))
                }
                if let nieuw = item.inhoud.eindDag, nieuw <= einde { continue }
            }
            dekkend = item
        }
        let perId = Dictionary(items.map { ($0.id, $0.inhoud) }, uniquingKeysWith: { a, _ in a })
        let wissels = tijdlijn.regiewisselingen.sorted {
            ($0.datum.van, $0.datum.tot, $0.id) < ($1.datum.van, $1.datum.tot, $1.id)
        }
        for w in wissels where w.andereGemeente && w.overdracht == .koud {
            var zin = "in \(Leesbaar.datum(w.datum)) ging de regie koud over naar een andere gemeente"
            if let van = perId[w.van], let naar = perId[w.naar] {
                zin += ", van \(Leesbaar.regiehouder(van)) naar \(Leesbaar.regiehouder(naar))"
            }
            voegToe(w.van, w.naar, zin)
        }
        return paren.map { paar in
            let zin = paar.delen.joined(separator: "; ")
            return bevinding(zin.prefix(1).uppercased() + zin.dropFirst() + ".",
                             bewijs: [paar.voor, paar.na])
        }
    }

    private func gatZin(_ voor: Regieperiode, _ na: Regieperiode, dagen: Int) -> String {
        "na de regie van \(Leesbaar.regiehouder(voor)) tot \(voor.tot.map(Leesbaar.datum) ?? "?") "
            + "had \(dagen) dagen niemand de regie, tot \(Leesbaar.regiehouder(na)) begon in "
            + "\(Leesbaar.datum(na.vanaf))"
    }
}
