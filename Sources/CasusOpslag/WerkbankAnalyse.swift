import Casus
import Foundation

/// A casus's analysis as the workbench keeps it (issue 18): intake of the stored
/// texts, merge with the session's corrections, sticker codes, pattern detection.
/// Computed once and stored with its `AnalyseSleutel`; while the key matches, every
/// reader (toon, patronen, rode-draden, a write checking its item) gets the stored
/// result instead of merging again. A stale one is recomputed on use and stored.
public struct WerkbankAnalyse: Sendable, Hashable {
    /// nil when the stored texts have fouten (see `meldingen`).
    public var analyse: Analyse?
    /// What `Analyseren` says about the casus: every fout and waarschuwing, sorted.
    public var meldingen: [Melding]
    /// The merged timeline with sticker codes, also when `analyse` is nil (what reads).
    public var tijdlijn: Tijdlijn
    /// Reading the stored texts and merging (for `casus toon`).
    public var samenvoegMeldingen: [Melding]
    public var overgeslagen: [OvergeslagenCorrectie]

    /// The stored analysis when its key matches, else a fresh one (then stored).
    public static func haal(casus: String, in werkbank: any WerkbankOpslag,
                            instellingen: PatroonInstellingen = .standaard) throws(WerkbankFout) -> WerkbankAnalyse {
        let (sleutel, rij) = try werkbank.bewaardeAnalyse(casus: casus, instellingen: instellingen, alleenTijdlijn: false)
        if let rij, rij.sleutel == sleutel.geheel, let bewaard = try? AnalyseJSON.lees(rij) { return bewaard }
        return try berekenEnBewaar(casus: casus, sleutel: sleutel, in: werkbank, instellingen: instellingen)
    }

    /// The merged timeline for checking a write's items: stored whenever the timeline's
    /// inputs are unchanged (annotations do not change it), so a write does not merge.
    public static func tijdlijn(casus: String, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Tijdlijn {
        if let t = try werkbank.bewaardeTijdlijn(casus: casus) { return t }
        return try haal(casus: casus, in: werkbank).tijdlijn
    }

    /// A fresh analysis straight from the stored texts and session, not stored. New
    /// items get their sticker codes (stored at once: what is shown stays).
    public static func vers(casus: String, in werkbank: any WerkbankOpslag,
                            instellingen: PatroonInstellingen = .standaard) throws(WerkbankFout) -> WerkbankAnalyse {
        let (invoer, samen) = try WerkbankSamenvoeging.invoer(casus: casus, in: werkbank)
        let r = Analyseren.voerUit(invoer, basis: instellingen)
        return WerkbankAnalyse(analyse: r.analyse, meldingen: r.meldingen, tijdlijn: samen.tijdlijn,
                               samenvoegMeldingen: (invoer.meldingen + samen.meldingen).sorted(),
                               overgeslagen: samen.overgeslagen)
    }

    /// The key is read before the inputs: a change in between leaves a stale key, never a
    /// current key on old data.
    static func berekenEnBewaar(casus: String, sleutel: AnalyseSleutel, in werkbank: any WerkbankOpslag,
                                instellingen: PatroonInstellingen) throws(WerkbankFout) -> WerkbankAnalyse {
        let vers = try vers(casus: casus, in: werkbank, instellingen: instellingen)
        // A read-only workbench still answers; it just cannot keep the result.
        if let rij = try? AnalyseJSON.rij(vers, sleutel: sleutel) {
            try? werkbank.bewaarAnalyse(casus: casus, rij)
        }
        return vers
    }
}
