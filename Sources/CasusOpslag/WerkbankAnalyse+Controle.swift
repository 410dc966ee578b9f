import Casus

/// `casus werkbank controleer`: every stored analysis against a fresh one.
extension WerkbankAnalyse {
    public struct Controle: Sendable, Hashable {
        /// Stored and current, and equal to a fresh analysis.
        public var klopt: [String] = []
        /// Stored with a key that no longer matches (recomputed on next use, as intended).
        public var verouderd: [String] = []
        /// Not stored yet (computed on first use).
        public var ontbreekt: [String] = []
        /// Current key but a different result: a bug; the fresh result is stored instead
        /// when the workbench is open for writing.
        public var wijktAf: [String] = []
        /// Those of `wijktAf` whose fresh result is now stored (not on a read-only workbench).
        public var hersteld: [String] = []
    }

    public static func controleerAlle(in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Controle {
        var uit = Controle()
        for casus in try werkbank.casussen().map(\.casus) {
            let (sleutel, rij) = try werkbank.bewaardeAnalyse(casus: casus, instellingen: .standaard, alleenTijdlijn: false)
            guard let rij else { uit.ontbreekt.append(casus); continue }
            guard rij.sleutel == sleutel.geheel else { uit.verouderd.append(casus); continue }
            let vers = try vers(casus: casus, in: werkbank)
            if let bewaard = try? AnalyseJSON.lees(rij), bewaard == vers {
                uit.klopt.append(casus)
            } else {
                uit.wijktAf.append(casus)
                // A read-only open (as `werkbank controleer` does) still reports; it just cannot repair.
                if let nieuw = try? AnalyseJSON.rij(vers, sleutel: sleutel),
                   (try? werkbank.bewaarAnalyse(casus: casus, nieuw)) != nil {
                    uit.hersteld.append(casus)
                }
            }
        }
        return uit
    }
}
