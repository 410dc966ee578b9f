import Casus

/// `casus werkbank controleer`: every stored analysis (and stored share of the common
/// threads) against a fresh one.
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
            var eerder: WerkbankAnalyse?
            func verse() throws(WerkbankFout) -> WerkbankAnalyse {
                if let eerder { return eerder }
                let nieuw = try vers(casus: casus, in: werkbank)
                eerder = nieuw
                return nieuw
            }
            // The stored shares of the common threads (migration 008) are checked too.
            let bijdragen = try WerkbankBijdrage.controleer(casus: casus, vers: verse, in: werkbank)
            let (sleutel, rij) = try werkbank.bewaardeAnalyse(casus: casus, instellingen: .standaard, alleenTijdlijn: false)
            var wijktAf = bijdragen.wijktAf, hersteld = bijdragen.hersteld
            if rij == nil {
                uit.ontbreekt.append(casus)
            } else if rij?.sleutel != sleutel.geheel {
                uit.verouderd.append(casus)
            } else if let rij {
                let vers = try verse()
                if let bewaard = try? AnalyseJSON.lees(rij), bewaard == vers {
                    if !wijktAf { uit.klopt.append(casus) }
                } else {
                    // A read-only open (as `werkbank controleer` does) still reports; it just cannot repair.
                    let nieuw = try? AnalyseJSON.rij(vers, sleutel: sleutel)
                    hersteld = (bijdragen.hersteld || !bijdragen.wijktAf)
                        && nieuw.map { (try? werkbank.bewaarAnalyse(casus: casus, $0)) != nil } == true
                    wijktAf = true
                }
            }
            if wijktAf { uit.wijktAf.append(casus) }
            if wijktAf && hersteld { uit.hersteld.append(casus) }
        }
        return uit
    }
}
