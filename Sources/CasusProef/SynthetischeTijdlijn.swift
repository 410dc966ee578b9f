import Casus

/// A made-up merged casus of any size, the same for the same seed: for measuring how
/// pattern detection scales (`casus-proef bench patronen`). Dense on purpose: interventies
/// follow each other closely so chains are long, regie periods overlap and leave gaps.
public enum SynthetischeTijdlijn {
    public static func maak(interventies n: Int, zaad: UInt64 = 1) -> Tijdlijn {
        var toeval = SplitMix64(zaad: zaad)
        func dag(_ dagen: Int) -> Datum {
            let d = Dag(2000, 1, 1).plus(dagen: dagen)
            return Datum(tekst: d.description, van: d, tot: d, precisie: .dag)
        }
        var t = Tijdlijn(casus: "synthetisch-\(zaad)")
        t.gezinsleden = ["moeder", "vader", "kind-1"].map { id in
            TijdlijnItem(id: id, bronnen: ["bron"], inhoud: Gezinslid(id: id, rol: id == "kind-1" ? .kind
                : id == "moeder" ? .moeder : .vader), perBron: [])
        }
        var start = 0
        for i in 0..<max(0, n) {
            start += toeval.getal(tot: 120)
            let duur = 20 + toeval.getal(tot: 200)
            let soort = InterventieSoort.allCases[toeval.getal(tot: InterventieSoort.allCases.count)]
            let afloop = ([nil] + Afloop.allCases.map(Optional.some))[toeval.getal(tot: Afloop.allCases.count + 1)]
            let interventie = Interventie(naam: "hulp \(i)", aanbieder: "aanbieder \(i % 7)", soort: soort,
                                          start: dag(start), einde: toeval.getal(tot: 8) == 0 ? nil : dag(start + duur),
                                          afloop: afloop)
            t.interventies.append(TijdlijnItem(id: "interventie-\(i)", bronnen: ["bron"], inhoud: interventie, perBron: []))
            t.gebeurtenissen.append(TijdlijnItem(id: "gebeurtenis-\(i)", bronnen: ["bron"], inhoud:
                Gebeurtenis(datum: dag(start + toeval.getal(tot: 400)), wat: "gebeurtenis \(i)",
                            veiligheid: toeval.getal(tot: 10) == 0 ? .zorg : .onbekend), perBron: []))
            if i % 10 == 9 {
                let naar: Kader = (i / 10) % 2 == 0 ? .gedwongen : .vrijwillig
                t.kader.append(TijdlijnItem(id: "kader-\(i)", bronnen: ["bron"], inhoud:
                    KaderOvergang(datum: dag(start), van: naar == .gedwongen ? .vrijwillig : .gedwongen, naar: naar,
                                  reden: KaderReden.allCases[toeval.getal(tot: KaderReden.allCases.count)]), perBron: []))
            }
            if i % 5 == 4 {
                let k = t.regie.count
                let periode = Regieperiode(vanaf: dag(start - toeval.getal(tot: 60)), tot: dag(start + 150 + toeval.getal(tot: 150)),
                                           wie: ["wijkcoach", "jeugdbeschermer", "casusregisseur"][k % 3],
                                           organisatie: "organisatie \(k % 4)", gemeente: "gemeente \(k % 2)",
                                           overdracht: RegieOverdracht.allCases[toeval.getal(tot: 3)])
                t.regie.append(TijdlijnItem(id: "regie-\(k)", bronnen: ["bron"], inhoud: periode, perBron: []))
                if k > 0 {
                    t.regiewisselingen.append(Regiewissel(id: "regiewissel-\(k)", datum: periode.vanaf,
                        van: "regie-\(k - 1)", naar: "regie-\(k)", andereGemeente: true,
                        overdracht: periode.overdracht ?? .onbekend))
                }
            }
        }
        return t
    }
}
