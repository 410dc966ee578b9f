import Foundation
@testable import Casus

/// Small builders so merge tests read like the formats professionals write.
enum M {
    static func d(_ tekst: String) -> Datum {
        guard let datum = DatumParser.parse(tekst) else {
            preconditionFailure("testdatum niet leesbaar: \(tekst)")
        }
        return datum
    }

    static func format(_ rol: String, _ organisatie: String, bestand: String? = nil, naam: String? = nil,
                       casus: String = "test-2024-01",
                       gezinsleden: [Gezinslid] = [], netwerk: [Netwerklid] = [],
                       gebeurtenissen: [Gebeurtenis] = [], interventies: [Interventie] = [],
                       kader: [KaderOvergang] = [], regie: [Regieperiode] = []) -> TijdlijnFormat {
        TijdlijnFormat(bestand: bestand ?? "\(rol).yaml", casus: casus,
                       ingediendDoor: Indiener(rol: rol, organisatie: organisatie, naam: naam),
                       gezinsleden: gezinsleden, netwerk: netwerk, gebeurtenissen: gebeurtenissen,
                       interventies: interventies, kader: kader, regie: regie)
    }

    static func interventie(_ naam: String, _ aanbieder: String, _ start: String, einde: String? = nil,
                            soort: InterventieSoort = .communicatie, afloop: Afloop? = nil,
                            overdracht: InterventieOverdracht? = nil) -> Interventie {
        Interventie(naam: naam, aanbieder: aanbieder, soort: soort, start: d(start), einde: einde.map(d),
                    afloop: afloop, overdracht: overdracht)
    }

    static func gebeurtenis(_ datum: String, _ wat: String, soort: GebeurtenisSoort = .gebeurtenis,
                            betrokkenen: [String] = []) -> Gebeurtenis {
        Gebeurtenis(datum: d(datum), wat: wat, soort: soort, betrokkenen: betrokkenen)
    }

    static func regie(_ vanaf: String, _ tot: String? = nil, _ wie: String, _ organisatie: String,
                      gemeente: String? = nil, overdracht: RegieOverdracht? = nil) -> Regieperiode {
        Regieperiode(vanaf: d(vanaf), tot: tot.map(d), wie: wie, organisatie: organisatie,
                     gemeente: gemeente, overdracht: overdracht)
    }

    static func kader(_ datum: String, naarGedwongen: Bool = true, _ maatregel: Maatregel? = nil,
                      reden: KaderReden? = nil) -> KaderOvergang {
        KaderOvergang(datum: d(datum), van: naarGedwongen ? .vrijwillig : .gedwongen,
                      naar: naarGedwongen ? .gedwongen : .vrijwillig, maatregel: maatregel, reden: reden)
    }

    static func json(_ formats: [TijdlijnFormat], sessie: Sessie? = nil) -> String {
        String(decoding: Samenvoeger.voegSamen(formats, sessie: sessie).tijdlijn.json(), as: UTF8.self)
    }

    static func alleIds(_ t: Tijdlijn) -> [String] {
        t.gezinsleden.map(\.id) + t.netwerk.map(\.id) + t.gebeurtenissen.map(\.id)
            + t.interventies.map(\.id) + t.kader.map(\.id) + t.regie.map(\.id)
    }

    /// A small casus told by three professionals, with duplicates and disagreements.
    static var drieBronnen: [TijdlijnFormat] {
        [
            format("wijkcoach", "Wijkteam Hengelo",
                   gezinsleden: [Gezinslid(id: "moeder", rol: .moeder, naam: "Ilse", geboren: d("1985")),
                                 Gezinslid(id: "kind-1", rol: .kind, naam: "Sanne", geboren: d("2010"))],
                   gebeurtenissen: [gebeurtenis("2016-09", "Vader vertrekt uit de gezinswoning.", soort: .scheiding,
                                                betrokkenen: ["moeder", "vader"])],
                   interventies: [interventie("Ouderschap Blijft", "Jeugdhulp Twentekanaal", "2018-03",
                                              einde: "2018-09", afloop: .nietGelukt, overdracht: .terugNaarRegie)],
                   kader: [kader("2020-06", .raadsonderzoek, reden: .machteloosheid)],
                   regie: [regie("maart 2017", "2020-10", "wijkcoach", "Wijkteam Hengelo", gemeente: "Hengelo")]),
            format("jeugdbeschermer", "Jeugdbescherming Oost",
                   gezinsleden: [Gezinslid(id: "kind-1", rol: .kind, geboren: d("2010-05-02"))],
                   gebeurtenissen: [gebeurtenis("2016", "Scheiding van ouders, vader verlaat de woning.",
                                                soort: .scheiding, betrokkenen: ["moeder", "vader"])],
                   interventies: [interventie("ouderschap  blijft", "jeugdhulp twentekanaal", "voorjaar 2018",
                                              einde: "2018-11", afloop: .nietGelukt)],
                   kader: [kader("2020-06-15", .raadsonderzoek)],
                   regie: [regie("2020-10-06", "2022-10-11", "jeugdbeschermer", "Jeugdbescherming Oost",
                                 gemeente: "Hengelo", overdracht: .warm)]),
            format("gedragswetenschapper", "Jeugdhulp Twentekanaal",
                   gezinsleden: [Gezinslid(id: "moeder", rol: .moeder, geboren: d("1984"))],
                   interventies: [interventie("Ouderschap Blijft", "Jeugdhulp Twentekanaal", "2018-03",
                                              einde: "2018-10", afloop: .deels, overdracht: .terugNaarRegie),
                                  interventie("Kinderen uit de Knel", "Jeugdhulp Twentekanaal", "2019-05")]),
        ]
    }
}
