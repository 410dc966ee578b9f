import Testing
@testable import Casus
import CasusApp

/// Builds merged casussen directly in Swift, so each rule is tested on the merged model
/// without depending on intake or merge.
enum F {
    static func d(_ tekst: String, sourceLocation: SourceLocation = #_sourceLocation) -> Datum {
        if let datum = DatumParser.parse(tekst) { return datum }
        Issue.record("fixture: onleesbare datum \(tekst)", sourceLocation: sourceLocation)
        return Datum(tekst: tekst, van: Dag(2000, 1, 1), tot: Dag(2000, 1, 1), precisie: .dag)
    }

    static func item<T>(_ id: String, _ inhoud: T) -> TijdlijnItem<T> {
        TijdlijnItem(id: id, bronnen: ["wijkcoach-gemeente"], inhoud: inhoud,
                     perBron: [BronInhoud(bron: "wijkcoach-gemeente", inhoud: inhoud)])
    }

    static func hulp(_ id: String, _ soort: InterventieSoort = .communicatie, _ start: String,
                     _ einde: String? = nil, afloop: Afloop? = .nietGelukt,
                     overdracht: InterventieOverdracht? = nil, naam: String? = nil,
                     aanbieder: String = "Humanitas", gerichtOp: [String] = [])
        -> TijdlijnItem<Interventie> {
        item(id, Interventie(naam: naam ?? id, aanbieder: aanbieder, soort: soort, start: d(start),
                             einde: einde.map { d($0) }, gerichtOp: gerichtOp, afloop: afloop,
                             overdracht: overdracht))
    }

    static func kader(_ id: String, _ datum: String, naar: Kader, reden: KaderReden? = nil,
                      maatregel: Maatregel? = nil) -> TijdlijnItem<KaderOvergang> {
        item(id, KaderOvergang(datum: d(datum), van: naar == .gedwongen ? .vrijwillig : .gedwongen,
                               naar: naar, maatregel: maatregel, reden: reden))
    }

    static func regie(_ id: String, _ vanaf: String, _ tot: String? = nil, wie: String,
                      organisatie: String = "Gemeente Hengelo", gemeente: String? = nil,
                      overdracht: RegieOverdracht? = nil) -> TijdlijnItem<Regieperiode> {
        item(id, Regieperiode(vanaf: d(vanaf), tot: tot.map { d($0) }, wie: wie,
                              organisatie: organisatie, gemeente: gemeente, overdracht: overdracht))
    }

    static func gebeurtenis(_ id: String, _ datum: String, veiligheid: Veiligheid = .onbekend,
                            soort: GebeurtenisSoort = .gebeurtenis) -> TijdlijnItem<Gebeurtenis> {
        item(id, Gebeurtenis(datum: d(datum), wat: "gebeurtenis \(id)", soort: soort,
                             veiligheid: veiligheid))
    }

    static func lid(_ id: String, _ rol: GezinslidRol) -> TijdlijnItem<Gezinslid> {
        item("gezinslid-\(id)", Gezinslid(id: id, rol: rol, naam: "Naam \(id)"))
    }

    static func netwerk(_ id: String) -> TijdlijnItem<Netwerklid> {
        item(id, Netwerklid(id: id, rol: "grootmoeder-mz", invloed: .steunend))
    }

    static func wissel(_ id: String, _ datum: String, van: String, naar: String,
                       andereGemeente: Bool = false, overdracht: RegieOverdracht = .onbekend)
        -> Regiewissel {
        Regiewissel(id: id, datum: d(datum), van: van, naar: naar, andereGemeente: andereGemeente,
                    overdracht: overdracht)
    }

    static func casus(interventies: [TijdlijnItem<Interventie>] = [],
                      kader: [TijdlijnItem<KaderOvergang>] = [],
                      regie: [TijdlijnItem<Regieperiode>] = [],
                      wissels: [Regiewissel] = [],
                      gebeurtenissen: [TijdlijnItem<Gebeurtenis>] = [],
                      gezinsleden: [TijdlijnItem<Gezinslid>] = [],
                      netwerk: [TijdlijnItem<Netwerklid>] = []) -> Tijdlijn {
        Tijdlijn(casus: "test-2024-01",
                 bronnen: [Bron(id: "wijkcoach-gemeente", bestand: "wijkcoach.yaml",
                                rol: "wijkcoach", organisatie: "Gemeente Hengelo")],
                 gezinsleden: gezinsleden, netwerk: netwerk, gebeurtenissen: gebeurtenissen,
                 interventies: interventies, kader: kader, regie: regie,
                 regiewisselingen: wissels)
    }

    /// The findings of one rule, with default thresholds unless given.
    static func vind<R: PatroonRegel>(_ regel: R, _ tijdlijn: Tijdlijn,
                                      _ instellingen: PatroonInstellingen = .standaard)
        -> [Bevinding] {
        regel.detecteer(tijdlijn, instellingen: instellingen)
    }

    static func met(_ drempel: Drempel, _ waarde: Int) -> PatroonInstellingen {
        var instellingen = PatroonInstellingen()
        instellingen[drempel] = waarde
        return instellingen
    }
}
