import Foundation

/// Synthetic casussen for practice, tests and benchmarks (`casus genereer`):
/// realistic, valid casus folders — 4–6 tijdlijn-formats and a full sessie.yaml
/// (sessie/2) — fully determined by the seed and the casus number, and on request a
/// `project.yaml` for the whole set, so a generated project gives a full report.
public enum CasusGenerator {
    public struct GegenereerdeCasus: Sendable {
        public var casus: String
        public var gemeente: String
        public var formats: [TijdlijnFormat]
        public var sessie: Sessie
    }

    public static func standaardSamenvoegen(_ formats: [TijdlijnFormat]) -> Tijdlijn {
        Samenvoeger.voegSamen(formats).tijdlijn
    }

    /// Casus `index` of seed `zaad`. `samenvoegen` is the merge, so annotations point
    /// at the item ids the merge really gives.
    public static func genereer(index: Int, zaad: UInt64,
                                samenvoegen: ([TijdlijnFormat]) -> Tijdlijn = standaardSamenvoegen)
        -> GegenereerdeCasus {
        var rng = SplitMix64(zaad: zaad, stroom: UInt64(index))
        let verhaal = CasusVerhaal.genereer(index: index, rng: &rng)
        let formats = FormatVerdeler.formats(verhaal, rng: &rng)
        let deelnemers = formats.enumerated().map { n, f in
            Deelnemer(id: "p\(n + 1)", rol: f.ingediendDoor.rol, organisatie: f.ingediendDoor.organisatie,
                      checkIn: rng.kans(0.6) ? rng.kies(SessieTeksten.checkIns) : nil)
        }
        // The session looks back, after the last thing that happened, in the project's
        // season (September 2024 to mid 2025) unless the story runs later.
        let laatste = (verhaal.dagen.max() ?? Dag(2022, 1, 1)).plus(dagen: rng.getal(30...200))
        let seizoen = Dag(2024, 9, 2).plus(dagen: rng.getal(0...270))
        let sessie = SessieGenerator.sessie(samenvoegen(formats), deelnemers: deelnemers,
                                            op: max(laatste, seizoen), rng: &rng)
        return GegenereerdeCasus(casus: verhaal.casus, gemeente: verhaal.gemeente.naam, formats: formats, sessie: sessie)
    }

    /// Writes `aantal` casus folders into `uit` (created if needed) and, when asked,
    /// their `project.yaml` to `project` (outside `uit`: a yaml file in `uit` would make
    /// it look like a casus folder itself); returns the casus folders.
    @discardableResult
    public static func schrijf(aantal: Int, uit: String, zaad: UInt64, project: String? = nil,
                               samenvoegen: ([TijdlijnFormat]) -> Tijdlijn = standaardSamenvoegen,
                               voortgang: Voortgang = .stil)
        throws -> [String] {
        try BeschermdBestand.maakMap(uit)
        var mappen: [String] = []
        var gemeenten = Set<String>()
        var sessieDagen: [Dag] = []
        for index in 0..<max(0, aantal) {
            let casus = genereer(index: index, zaad: zaad, samenvoegen: samenvoegen)
            let map = (uit as NSString).appendingPathComponent(casus.casus)
            try BeschermdBestand.maakMap(map)
            for format in casus.formats {
                try BeschermdBestand.schrijf(try FormatYAML.yaml(format),
                                             naar: (map as NSString).appendingPathComponent(format.bestand))
            }
            try BeschermdBestand.schrijf(try SessieSchrijver.yaml(casus.sessie),
                                         naar: (map as NSString).appendingPathComponent("sessie.yaml"))
            gemeenten.insert(casus.gemeente)
            if let d = casus.sessie.datum { sessieDagen.append(d.van) }
            mappen.append(map)
            voortgang.meld(mappen.count, aantal)
        }
        if let project {
            try BeschermdBestand.schrijf(ProjectGenerator.yaml(gemeenten: gemeenten.sorted(), aantal: mappen.count,
                                                               periode: ProjectGenerator.periode(sessieDagen)),
                                         naar: project)
        }
        return mappen
    }
}
