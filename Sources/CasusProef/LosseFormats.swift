import Foundation
import Casus

/// The scale reproduction of issue 12: one casus of many formats with one
/// unrelated event each ("iets 17"), all in one year. Before the kenmerk cap every
/// event shared the word "iets" with every other and the merge went quadratic
/// (and joined them all into one item).
public enum LosseFormats {
    public static func format(nummer: Int, zaad: UInt64 = 1) -> String {
        var rng = SplitMix64(zaad: zaad, stroom: UInt64(nummer))
        let maand = 1 + Int(rng.next() % 12), dag = 1 + Int(rng.next() % 28)
        return """
            format: tijdlijn-format/1
            casus: losse-formats-2024-01
            ingediend_door:
              rol: wijkcoach
              organisatie: Team \(nummer)
            gezinsleden:
              - id: moeder
                rol: moeder
              - id: kind-1
                rol: kind
            gebeurtenissen:
              - datum: 2019-\(String(format: "%02d", maand))-\(String(format: "%02d", dag))
                wat: iets \(nummer)

            """
    }

    /// Writes `aantal` formats into `map` (0700, files 0600, through the one protected writer).
    public static func schrijf(aantal: Int, map: String, zaad: UInt64 = 1) throws {
        try BeschermdBestand.maakMap(map)
        try BeschermdBestand.schrijfSet((0..<aantal).map { n in
            BeschermdBestand.Uitvoer(pad: (map as NSString).appendingPathComponent(String(format: "format-%05d.yaml", n)),
                                     data: Data(format(nummer: n, zaad: zaad).utf8))
        }, regels: BeschermdBestand.Regels(nooitVervangen: true))
    }
}
