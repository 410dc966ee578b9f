import Foundation
@testable import Casus
@testable import CasusOpslag

/// A fresh temporary folder per test, removed afterwards.
final class TijdelijkeMap {
    let pad: String

    init() {
        pad = NSTemporaryDirectory() + "casus-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: pad, withIntermediateDirectories: true)
    }

    func bestand(_ naam: String) -> String { pad + "/" + naam }

    deinit { try? FileManager.default.removeItem(atPath: pad) }
}

enum StoreVoorbeeld {
    static func datum(_ jaar: Int) -> Datum {
        Datum(tekst: "\(jaar)", van: Dag(jaar, 1, 1), tot: Dag(jaar, 12, 31), precisie: .jaar)
    }

    static func interventie(_ id: String, naam: String, jaar: Int) -> TijdlijnItem<Interventie> {
        let inhoud = Interventie(naam: naam, aanbieder: "Zorgpunt", soort: .communicatie, start: datum(jaar))
        return TijdlijnItem(id: id, bronnen: ["wijkcoach"], inhoud: inhoud,
                            perBron: [BronInhoud(bron: "wijkcoach", inhoud: inhoud)])
    }

    static func tijdlijn(_ casus: String, _ items: [TijdlijnItem<Interventie>]) -> Tijdlijn {
        Tijdlijn(casus: casus, interventies: items)
    }

    static func format(_ casus: String, rol: String = "wijkcoach", tekst: String,
                       bestand: String = "wijkcoach.yaml") -> FormatTekst {
        FormatTekst(bestand: bestand, tekst: tekst, casus: casus, rol: rol, organisatie: "Gemeente Hengelo")
    }

    /// A workbench with casus `c` holding one format.
    static func werkbank(in map: TijdelijkeMap, casus: String = "c") throws -> Werkbank {
        let wb = try Werkbank.open(pad: map.bestand("wb.sqlite"), maakAan: true)
        _ = try wb.importeer([format(casus, tekst: "versie 1\n")], sessies: [], door: "test") { _, _, _ in nil }
        return wb
    }
}
