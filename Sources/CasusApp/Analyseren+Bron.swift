import Foundation
import Casus
import CasusOpslag

extension Analyseren {
    /// A casus folder, or a casus id in the workbench (`werkbank`, CASUS_WERKBANK, the default).
    /// A casus in the workbench comes from its stored analysis (issue 18) when current.
    public static func voerUit(casus argument: String, werkbank: String? = nil,
                               basis: PatroonInstellingen = .standaard) -> Resultaat {
        if case .casusId = CasusVerwijzing(argument, werkbankGegeven: werkbank != nil) {
            let (wb, meldingen) = CasusVerwijzing.werkbank(
                voor: [argument], argument: werkbank, omgeving: ProcessInfo.processInfo.environment)
            guard let wb else { return Resultaat(analyse: nil, meldingen: meldingen) }
            do {
                let bewaard = try WerkbankAnalyse.haal(casus: argument, in: wb, instellingen: basis)
                // The names behind the stored analysis, for `--pseudoniem` on its meldingen.
                let namen = bewaard.analyse.map { a in
                    Pseudonimisering(a.tijdlijn, deelnemers: a.annotaties.map(\.door), extra: a.sessie?.namenMetRol ?? [])
                }
                return Resultaat(analyse: bewaard.analyse, meldingen: bewaard.meldingen,
                                 namen: namen ?? Pseudonimisering(namen: []))
            } catch {
                return Resultaat(analyse: nil, meldingen: [error.melding])
            }
        }
        return voerUit(CasusBron.open(argument: argument, werkbank: werkbank), basis: basis)
    }
}

/// `casus patronen`: the findings of one casus (kept for callers that want just those).
public enum PatronenAnalyse {
    public struct Resultaat: Sendable {
        public var tijdlijn: Tijdlijn?
        public var bevindingen: [Bevinding]
        public var meldingen: [Melding]

        public var rapport: PatronenRapport? {
            tijdlijn.map { PatronenRapport(casus: $0.casus, bevindingen: bevindingen) }
        }
    }

    public static func voerUit(casusMap: String, werkbank: String? = nil,
                               basis: PatroonInstellingen = .standaard) -> Resultaat {
        let r = Analyseren.voerUit(casus: casusMap, werkbank: werkbank, basis: basis)
        return Resultaat(tijdlijn: r.analyse?.tijdlijn, bevindingen: r.analyse?.bevindingen ?? [],
                         meldingen: r.meldingen)
    }
}
