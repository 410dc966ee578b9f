import Foundation
import Casus

/// Fictional but valid tijdlijn-formats in bulk, for the kill test, the
/// stress command and the benchmark. Deterministic for a given seed.
public enum SynthetischeFormats {
    static let rollen = ["wijkcoach", "jeugdbeschermer", "gedragswetenschapper", "leerkracht", "huisarts", "advocaat"]
    static let interventies: [(String, String)] = [
        ("Ouderschap Blijft", "communicatie"), ("KIES", "kind"), ("mediation", "mediation"),
        ("omgangsbegeleiding", "omgang"), ("Parallel ouderschap", "parallel-ouderschap"),
        ("individuele therapie", "individueel"), ("ouderschapsplan", "gezamenlijk-ouderschap"),
    ]

    /// The YAML text of format `nummer` of casus `casus`.
    public static func format(casus: String, nummer: Int, zaad: UInt64 = 1) -> String {
        var rng = SplitMix64(zaad: zaad &+ UInt64(nummer) &* 0x9E37)
        let rol = rollen[nummer % rollen.count]
        var yaml = """
            format: tijdlijn-format/1
            casus: \(casus)
            ingediend_door:
              rol: \(rol)
              organisatie: Organisatie \(nummer)
            gezinsleden:
              - id: moeder
                rol: moeder
              - id: vader
                rol: vader
              - id: kind-1
                rol: kind
                geboren: "\(2008 + Int(rng.next() % 6))"
            gebeurtenissen:

            """
        for g in 0..<3 {
            let jaar = 2015 + Int(rng.next() % 8)
            yaml += """
                  - datum: "\(jaar)-\(String(format: "%02d", 1 + Int(rng.next() % 12)))"
                    wat: "Gebeurtenis \(g) volgens bron \(nummer): gesprek over de omgang"
                    soort: gebeurtenis
                    betrokkenen: [moeder, vader]

                """
        }
        yaml += "interventies:\n"
        for i in 0..<2 {
            let (naam, soort) = interventies[Int(rng.next() % UInt64(interventies.count))]
            let start = 2016 + Int(rng.next() % 6)
            yaml += """
                  - naam: "\(naam)"
                    aanbieder: "Aanbieder \(i)"
                    soort: \(soort)
                    start: "\(start)"
                    einde: "\(start + 1)"
                    afloop: niet-gelukt

                """
        }
        return yaml
    }

    /// Writes `aantal` formats into `map` (created if needed), returns their paths.
    @discardableResult
    public static func schrijf(casus: String, aantal: Int, naar map: String, zaad: UInt64 = 1) throws -> [String] {
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return try (0..<aantal).map { n in
            let pad = (map as NSString).appendingPathComponent(String(format: "format-%04d.yaml", n))
            try format(casus: casus, nummer: n, zaad: zaad).write(toFile: pad, atomically: true, encoding: .utf8)
            return pad
        }
    }
}
