import Foundation

/// Synthetic casussen for tests and benchmarks (`casus genereer`): realistic,
/// valid casus folders — 4–6 tijdlijn-formats and a sessie.yaml — fully determined
/// by the seed and the casus number.
public enum CasusGenerator {
    public struct GegenereerdeCasus: Sendable {
        public var casus: String
        public var formats: [TijdlijnFormat]
        public var sessie: Sessie
        public var deelnemers: [String]
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
        let deelnemers = formats.map(\.ingediendDoor.rol) + ["facilitator"]
        let sessie = SessieGenerator.sessie(samenvoegen(formats), deelnemers: deelnemers, rng: &rng)
        return GegenereerdeCasus(casus: verhaal.casus, formats: formats, sessie: sessie, deelnemers: deelnemers)
    }

    /// Writes `aantal` casus folders into `uit` (created if needed); returns their paths.
    @discardableResult
    public static func schrijf(aantal: Int, uit: String, zaad: UInt64,
                               samenvoegen: ([TijdlijnFormat]) -> Tijdlijn = standaardSamenvoegen,
                               voortgang: Voortgang = .stil)
        throws -> [String] {
        let fm = FileManager.default
        try fm.createDirectory(atPath: uit, withIntermediateDirectories: true)
        var mappen: [String] = []
        for index in 0..<max(0, aantal) {
            let casus = genereer(index: index, zaad: zaad, samenvoegen: samenvoegen)
            let map = (uit as NSString).appendingPathComponent(casus.casus)
            try fm.createDirectory(atPath: map, withIntermediateDirectories: true)
            for format in casus.formats {
                try BeschermdBestand.schrijf(try FormatYAML.yaml(format),
                                             naar: (map as NSString).appendingPathComponent(format.bestand))
            }
            try BeschermdBestand.schrijf(try FormatYAML.yaml(casus.sessie, deelnemers: casus.deelnemers),
                                         naar: (map as NSString).appendingPathComponent("sessie.yaml"))
            mappen.append(map)
            voortgang.meld(mappen.count, aantal)
        }
        return mappen
    }
}
