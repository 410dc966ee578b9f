import Casus
import Foundation
import TijdlijnRender

/// The main job (`casus analyseer`): read a casus folder, merge, detect, render, and write
/// the five files of cli.md. With `pseudoniem` no file holds a name.
public enum CasusAnalyse {
    public struct Resultaat: Sendable {
        /// Everything worth telling: input problems, merge warnings, unknown annotation targets.
        public var meldingen: [Melding]
        /// Paths written, in order; empty when the input had errors.
        public var bestanden: [String]
    }

    /// Reads, merges and detects (folder or workbench id); pseudonymised when asked, the
    /// session ready to show (`Analyse.getoond`).
    /// nil when the input has errors (see meldingen).
    public static func lees(casusMap: String, werkbank: String? = nil,
                            pseudoniem: Bool) -> (Analyse?, [Melding]) {
        let r = Analyseren.voerUit(casus: casusMap, werkbank: werkbank)
        let analyse = r.analyse?.getoond(pseudoniem: pseudoniem)
        guard pseudoniem else { return (analyse, r.meldingen) }
        return (analyse, r.meldingen.map { $0.gepseudonimiseerd(r.namen) })
    }

    /// The five files are one set: all written or none (a drawing that fails leaves
    /// the previous run's files as they were). `overschrijf`: see `BeschermdBestand`.
    public static func voerUit(casusMap: String, werkbank: String? = nil, uit: String, opties: RenderOpties,
                               poster: Posterformaat? = nil, overschrijf: Bool = false,
                               voortgang: Voortgang = .stil) throws -> Resultaat {
        TijdlijnRenderer.warmOpOpDeAchtergrond()
        // Pseudonymise once, here, so JSON and pictures agree; the renderer must not redo it.
        let (analyse, meldingen) = lees(casusMap: casusMap, werkbank: werkbank, pseudoniem: opties.pseudoniem)
        guard let analyse else { return Resultaat(meldingen: meldingen, bestanden: []) }
        let regels = BeschermdBestand.Regels(invoer: BeschermdBestand.bestanden(in: casusMap), overschrijf: overschrijf)
        try BeschermdBestand.maakMap(uit, regels: regels)
        var renderOpties = opties
        renderOpties.pseudoniem = false
        let t = analyse.tijdlijn
        let r = TijdlijnRenderer(t, annotaties: analyse.annotaties, bevindingen: analyse.bevindingen,
                                 opties: renderOpties, gepseudonimiseerd: opties.pseudoniem, sessie: analyse.sessie)
        let pad = { (naam: String) in (uit as NSString).appendingPathComponent(naam) }
        voortgang.meld(0, 5)
        // Side by side: the PNG (painted and encoded on every core), the PDF (one core, the
        // longest of the rest) and the three small ones, so no core waits for another.
        var png: BeschermdBestand.Uitvoer?
        var pdf: BeschermdBestand.Uitvoer?
        var klein: [BeschermdBestand.Uitvoer] = []
        try Gelijktijdig.voorElk(3) { i in
            switch i {
            case 1: png = try r.pngUitvoer(pad("tijdlijn.png"), dpi: opties.dpi).0
            case 2: pdf = try r.pdfUitvoer(pad("tijdlijn.pdf"), poster: poster).0
            default:
                klein = [
                    BeschermdBestand.Uitvoer(pad: pad("tijdlijn.json"), data: t.json() + Data("\n".utf8)),
                    BeschermdBestand.Uitvoer(pad: pad("patronen.json"), data: analyse.rapport.json() + Data("\n".utf8)),
                    r.svgUitvoer(pad("tijdlijn.svg")),
                ]
            }
        }.get()
        guard let png, let pdf else { throw RenderFout("de PNG of de PDF is niet gemaakt") }
        let set = klein + [png, pdf]
        try BeschermdBestand.schrijfSet(set.enumerated().map { i, u in
            BeschermdBestand.Uitvoer(pad: u.pad) { tijdelijk in
                try u.vul(tijdelijk)
                voortgang.meld(i + 1, set.count)
            }
        }, regels: regels)
        return Resultaat(meldingen: meldingen, bestanden: ["tijdlijn.json", "patronen.json", "tijdlijn.svg",
                                                      "tijdlijn.png", "tijdlijn.pdf"].map(pad))
    }
}
