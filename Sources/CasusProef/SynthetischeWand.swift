import Casus

/// A large, deterministic, fictional casus for the render benchmark.
public enum SynthetischeWand {
    /// `items` dated items over twenty years: events, interventies by twelve aanbieders,
    /// kader transitions and regie periods, with annotations and findings on top.
    public static func maak(items: Int) -> (Tijdlijn, [Annotatie], [Bevinding]) {
        var rng = SplitMix64(zaad: 20261123)
        let n = max(items, 4)
        let jaren = 20
        func datum(_ dagnummer: Int) -> Datum {
            let d = Dag(dagnummer: dagnummer)
            return Datum(tekst: d.description, van: d, tot: d, precisie: .dag)
        }
        let start = Dag(2004, 1, 1).dagnummer
        let span = jaren * 365
        func item<T>(_ id: String, _ inhoud: T) -> TijdlijnItem<T> {
            TijdlijnItem(id: id, bronnen: ["bron-1"], inhoud: inhoud, perBron: [], conflict: rng.getal(tot: 100) < 3)
        }
        var t = Tijdlijn(casus: "synthetisch-\(n)",
                         bronnen: [Bron(id: "bron-1", bestand: "bron.yaml", rol: "wijkcoach", organisatie: "Wijkteam")])
        t.gezinsleden = [GezinslidRol.moeder, .vader, .kind, .kind].enumerated().map { i, rol in
            item("lid-\(i)", Gezinslid(id: "lid-\(i)", rol: rol, eigenheid: "Eigenheid van lid \(i), beschreven in een zin.",
                                       blijVan: "Buiten spelen", mechanisme: "Trekt zich terug"))
        }
        let aantalKader = max(2, n / 20), aantalRegie = max(2, n * 15 / 100)
        let aantalInterventies = n * 35 / 100
        let aantalGebeurtenissen = max(0, n - aantalKader - aantalRegie - aantalInterventies)
        let soorten = GebeurtenisSoort.allCases, hulp = InterventieSoort.allCases, afloop = Afloop.allCases
        for i in 0..<aantalGebeurtenissen {
            let g = Gebeurtenis(datum: datum(start + rng.getal(tot: span)),
                                wat: "Gebeurtenis \(i): iets wat gebeurde en door een professional is opgeschreven.",
                                soort: soorten[rng.getal(tot: soorten.count)],
                                veiligheid: rng.getal(tot: 10) == 0 ? .zorg : .onbekend)
            t.gebeurtenissen.append(item("gebeurtenis-\(i)", g))
        }
        for i in 0..<aantalInterventies {
            let s = start + rng.getal(tot: span - 400)
            let eindigt = rng.getal(tot: 5) > 0
            let iv = Interventie(naam: "Traject \(i)", aanbieder: "Aanbieder \(rng.getal(tot: 12) + 1)",
                                 soort: hulp[rng.getal(tot: hulp.count)], start: datum(s),
                                 einde: eindigt ? datum(s + 30 + rng.getal(tot: 360)) : nil,
                                 afloop: afloop[rng.getal(tot: afloop.count)])
            t.interventies.append(item("interventie-\(i)", iv))
        }
        for i in 0..<aantalKader {
            let naar: Kader = i % 2 == 0 ? .gedwongen : .vrijwillig
            let k = KaderOvergang(datum: datum(start + span * (i + 1) / (aantalKader + 1)),
                                  van: naar == .gedwongen ? .vrijwillig : .gedwongen, naar: naar,
                                  maatregel: naar == .gedwongen ? .ots : .eindeOts)
            t.kader.append(item("kader-\(i)", k))
        }
        let stap = span / aantalRegie
        for i in 0..<aantalRegie {
            let r = Regieperiode(vanaf: datum(start + i * stap), tot: datum(start + (i + 1) * stap - 1),
                                 wie: i % 2 == 0 ? "wijkcoach" : "jeugdbeschermer", organisatie: "Organisatie \(i % 5)",
                                 gemeente: "Gemeente \(i / 10)", overdracht: .warm)
            t.regie.append(item("regie-\(i)", r))
            if i > 0 {
                t.regiewisselingen.append(Regiewissel(id: "regiewissel-\(i)", datum: datum(start + i * stap),
                                                      van: "regie-\(i - 1)", naar: "regie-\(i)",
                                                      andereGemeente: i % 10 == 0, overdracht: .warm))
            }
        }
        let ids = t.interventies.map(\.id) + t.gebeurtenissen.map(\.id)
        let annotaties = (0..<(n / 5)).map { i in
            Annotatie(item: ids[rng.getal(tot: ids.count)], soort: i % 3 == 0 ? .sadney : .smiley, door: "deelnemer")
        }
        let bevindingen = (0..<10).map { i in
            Bevinding(patroon: "patroon-\(i)", titel: "Patroon \(i)", uitleg: "Een synthetische bevinding.",
                      bewijs: (0..<3).map { _ in t.interventies.map(\.id)[rng.getal(tot: max(1, t.interventies.count))] })
        }
        return (t, annotaties, bevindingen)
    }
}
