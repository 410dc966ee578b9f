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

    /// Reads, merges and detects (folder or workbench id); pseudonymised when asked.
    /// nil when the input has errors (see meldingen).
    public static func lees(casusMap: String, werkbank: String? = nil,
                            pseudoniem: Bool) -> (Analyse?, [Melding]) {
        let r = Analyseren.voerUit(casus: casusMap, werkbank: werkbank)
        return (pseudoniem ? r.analyse?.gepseudonimiseerd() : r.analyse, r.meldingen)
    }

    public static func voerUit(casusMap: String, werkbank: String? = nil, uit: String, opties: RenderOpties,
                               poster: Posterformaat? = nil, voortgang: Voortgang = .stil) throws -> Resultaat {
        // Pseudonymise once, here, so JSON and pictures agree; the renderer must not redo it.
        let (analyse, meldingen) = lees(casusMap: casusMap, werkbank: werkbank, pseudoniem: opties.pseudoniem)
        guard let analyse else { return Resultaat(meldingen: meldingen, bestanden: []) }
        do {
            // A new output folder is the owner's alone, like the files in it.
            try FileManager.default.createDirectory(atPath: uit, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw RenderFout("kon de map \(uit) niet maken: \(error.localizedDescription)")
        }
        var renderOpties = opties
        renderOpties.pseudoniem = false
        let t = analyse.tijdlijn
        let r = TijdlijnRenderer(t, annotaties: analyse.annotaties, bevindingen: analyse.bevindingen,
                                 opties: renderOpties, gepseudonimiseerd: opties.pseudoniem)
        let pad = { (naam: String) in (uit as NSString).appendingPathComponent(naam) }
        voortgang.meld(0, 5)
        try BestandSchrijver.schrijf(t.json() + Data("\n".utf8), naar: pad("tijdlijn.json"))
        let rapport = analyse.rapport
        try BestandSchrijver.schrijf(rapport.json() + Data("\n".utf8), naar: pad("patronen.json"))
        voortgang.meld(2, 5)
        try r.schrijfSVG(naar: pad("tijdlijn.svg"))
        voortgang.meld(3, 5)
        try r.schrijfPNG(naar: pad("tijdlijn.png"), dpi: opties.dpi)
        voortgang.meld(4, 5)
        try r.schrijfPDF(naar: pad("tijdlijn.pdf"), poster: poster)
        voortgang.meld(5, 5)
        return Resultaat(meldingen: meldingen, bestanden: ["tijdlijn.json", "patronen.json", "tijdlijn.svg",
                                                      "tijdlijn.png", "tijdlijn.pdf"].map(pad))
    }
}
