import Foundation
import Casus

/// Builds the formats of a `SynthetischeCasus`, one true item at a time.
struct SyntheseMaker {
    private var toeval: SplitMix64
    private(set) var formats: [TijdlijnFormat] = []
    private(set) var waarheid: [String: String] = [:]
    private var bronIds: [String] = []
    private var aantal = 0
    private var volgnummer = 0
    private let canoniek = Canoniek()
    private let woorden: [String]
    private let interventieNamen: [String]

    private static let rollen = ["wijkcoach", "jeugdbeschermer", "gedragswetenschapper", "leerkracht",
                                 "huisarts", "advocaat", "intern-begeleider", "casusregisseur"]
    private static let gemeenten = ["Hengelo", "Enschede", "Almelo", "Borne", "Oldenzaal"]
    private static let personen = ["moeder", "vader", "kind-1", "kind-2"]
    /// Twenty years of casus: dense enough that dates alone cannot tell items apart.
    private static let begin = Dag(2000, 1, 1)
    private static let dagen = 20 * 365

    init(seed: UInt64, bronnen: Int) {
        toeval = SplitMix64(zaad: seed)
        var w = Set<String>()
        let medeklinkers = Array("bdfgklmnprstvz"), klinkers = Array("aeiou")
        while w.count < 400 {
            w.insert(String([toeval.kies(medeklinkers), toeval.kies(klinkers), toeval.kies(medeklinkers),
                             toeval.kies(klinkers), toeval.kies(medeklinkers)]))
        }
        woorden = w.sorted()
        interventieNamen = woorden.prefix(40).map { $0.prefix(1).uppercased() + $0.dropFirst() + " training" }
        for i in 0..<bronnen {
            let rol = Self.rollen[i % Self.rollen.count]
            let organisatie = "Organisatie \(i + 1)"
            bronIds.append(Normalisatie.slug(rol) + "-" + Normalisatie.slug(organisatie))
            formats.append(TijdlijnFormat(bestand: "bron-\(i + 1).yaml", casus: "synthetisch",
                                          ingediendDoor: Indiener(rol: rol, organisatie: organisatie)))
        }
    }

    mutating func vul(tot n: Int) {
        while aantal < n { maakWaarheid(ruimte: n - aantal) }
    }

    private mutating func maakWaarheid(ruimte: Int) {
        volgnummer += 1
        let waar = "waar-\(volgnummer)"
        var melders = Array(formats.indices)
        for i in melders.indices.reversed() { melders.swapAt(i, toeval.getal(tot: i + 1)) }
        melders = Array(melders.prefix(min(ruimte, 1 + toeval.getal(tot: min(formats.count, 4)))))
        aantal += melders.count
        let dag = Self.begin.plus(dagen: toeval.getal(tot: Self.dagen))
        switch toeval.getal(tot: 100) {
        case ..<5:
            let rol = toeval.kies(GezinslidRol.allCases)
            let geboren = Dag(1960 + toeval.getal(tot: 50), 1 + toeval.getal(tot: 12), 1)
            for m in melders {
                let g = Gezinslid(id: "persoon-\(volgnummer)", rol: rol,
                                  geboren: toeval.kans(0.7) ? variant(geboren) : nil)
                voegToe(m, waar, "gezinslid", g) { $0.gezinsleden.append(g) }
            }
        case ..<9:
            let invloed = toeval.kies(Invloed.allCases)
            for m in melders {
                let n = Netwerklid(id: "netwerk-\(volgnummer)", rol: "vriend",
                                   invloed: toeval.kans(0.8) ? invloed : toeval.kies(Invloed.allCases))
                voegToe(m, waar, "netwerk", n) { $0.netwerk.append(n) }
            }
        case ..<55: gebeurtenis(waar, dag, melders)
        case ..<80: interventie(waar, dag, melders)
        case ..<92:
            let naarGedwongen = toeval.kans(0.6)
            let maatregel = toeval.kies(Maatregel.allCases)
            for m in melders {
                let k = KaderOvergang(datum: variant(dag), van: naarGedwongen ? .vrijwillig : .gedwongen,
                                      naar: naarGedwongen ? .gedwongen : .vrijwillig,
                                      maatregel: toeval.kans(0.8) ? maatregel : nil,
                                      reden: toeval.kans(0.5) ? toeval.kies(KaderReden.allCases) : nil)
                voegToe(m, waar, "kader", k) { $0.kader.append(k) }
            }
        default:
            let wie = toeval.kies(Self.rollen), organisatie = "Organisatie \(1 + toeval.getal(tot: 12))"
            let gemeente = toeval.kies(Self.gemeenten), eind = dag.plus(dagen: 30 + toeval.getal(tot: 200))
            for m in melders {
                let r = Regieperiode(vanaf: variant(dag), tot: toeval.kans(0.85) ? variant(eind) : nil,
                                     wie: wie, organisatie: organisatie,
                                     gemeente: toeval.kans(0.7) ? gemeente : nil,
                                     overdracht: toeval.kans(0.5) ? toeval.kies(RegieOverdracht.allCases) : nil)
                voegToe(m, waar, "regie", r) { $0.regie.append(r) }
            }
        }
    }

    private mutating func gebeurtenis(_ waar: String, _ dag: Dag, _ melders: [Int]) {
        let tekst = (0..<7).map { _ in toeval.kies(woorden) }
        let soort = toeval.kies(GebeurtenisSoort.allCases)
        let betrokken = Self.personen.filter { _ in toeval.kans(0.4) }
        for m in melders {
            var wat = tekst.filter { _ in toeval.kans(0.85) }
            if toeval.kans(0.3) { wat.append(toeval.kies(woorden)) }
            if toeval.kans(0.5), let eerste = wat.first { wat[0] = eerste.prefix(1).uppercased() + eerste.dropFirst() }
            let g = Gebeurtenis(datum: variant(dag), wat: wat.joined(separator: " ") + ".",
                                soort: toeval.kans(0.75) ? soort : .gebeurtenis,
                                betrokkenen: betrokken.filter { _ in toeval.kans(0.8) },
                                veiligheid: toeval.kans(0.2) ? .zorg : .onbekend)
            voegToe(m, waar, "gebeurtenis", g) { $0.gebeurtenissen.append(g) }
        }
    }

    private mutating func interventie(_ waar: String, _ dag: Dag, _ melders: [Int]) {
        let naam = toeval.kies(interventieNamen), aanbieder = "Aanbieder \(1 + toeval.getal(tot: 15))"
        let soort = toeval.kies(InterventieSoort.allCases), afloop = toeval.kies(Afloop.allCases)
        let einde = dag.plus(dagen: 60 + toeval.getal(tot: 340))
        for m in melders {
            let spelling = toeval.kans(0.3) ? naam.lowercased() : (toeval.kans(0.2) ? naam.replacingOccurrences(
                of: " ", with: "  ") : naam)
            let i = Interventie(naam: spelling, aanbieder: aanbieder, soort: soort, start: variant(dag),
                                einde: toeval.kans(0.85) ? variant(toeval.kans(0.9) ? einde : einde.plus(dagen: 75)) : nil,
                                afloop: toeval.kans(0.8) ? (toeval.kans(0.9) ? afloop : toeval.kies(Afloop.allCases)) : nil)
            voegToe(m, waar, "interventie", i) { $0.interventies.append(i) }
        }
    }

    private mutating func voegToe<T: Encodable>(_ m: Int, _ waar: String, _ soort: String, _ inhoud: T,
                                                _ zet: (inout TijdlijnFormat) -> Void) {
        zet(&formats[m])
        waarheid["\(bronIds[m])|\(soort)|\(canoniek.sleutel(inhoud))"] = waar
    }

    /// How one professional might write this day: the day itself (shifted a few
    /// days), its month, its quarter or its year, sometimes with `ca.`.
    private mutating func variant(_ dag: Dag) -> Datum {
        let r = toeval.getal(tot: 100)
        let ca = toeval.kans(0.05)
        let d = r < 45 ? dag.plus(dagen: toeval.getal(tot: 7) - 3) : dag
        let voor = ca ? "ca. " : ""
        let maand = d.maand < 10 ? "0\(d.maand)" : "\(d.maand)"
        switch r {
        case ..<45:
            return Datum(tekst: voor + d.description, van: d, tot: d, precisie: .dag, ca: ca)
        case ..<82:
            return Datum(tekst: voor + "\(d.jaar)-\(maand)", van: Dag(d.jaar, d.maand, 1),
                         tot: Dag.laatsteVanMaand(d.jaar, d.maand), precisie: .maand, ca: ca)
        case ..<97:
            let q = (d.maand - 1) / 3 + 1
            return Datum(tekst: voor + "Q\(q) \(d.jaar)", van: Dag(d.jaar, 3 * q - 2, 1),
                         tot: Dag.laatsteVanMaand(d.jaar, 3 * q), precisie: .periode, ca: ca)
        default:
            return Datum(tekst: voor + "\(d.jaar)", van: Dag(d.jaar, 1, 1), tot: Dag(d.jaar, 12, 31),
                         precisie: .jaar, ca: ca)
        }
    }
}
