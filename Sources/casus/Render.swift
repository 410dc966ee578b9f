import ArgumentParser
import TijdlijnRender
import Opdrachtregel

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Teken de samengevoegde tijdlijn van een casus als PNG, SVG en/of PDF.")

    @OptionGroup var casus: CasusArgument

    @Option(help: "Schrijf een PNG naar dit bestand.") var png: String?
    @Option(help: "Schrijf een SVG naar dit bestand.") var svg: String?
    @Option(help: "Schrijf een PDF naar dit bestand.") var pdf: String?

    @Flag(help: "Vervang elke naam door een rol.")
    var pseudoniem = false

    @OptionGroup var wand: WandOpties

    func run() throws {
        guard png != nil || svg != nil || pdf != nil else {
            throw ValidationError("geef minstens één van --png, --svg of --pdf")
        }
        let opties = try wand.opties(pseudoniem: pseudoniem)
        let poster = try wand.posterFormaat()
        let resultaat = try casus.analyseer()
        for melding in resultaat.meldingen { Uitvoer.fout(melding.description) }
        guard var analyse = resultaat.analyse else { throw Stop.invoerProblemen }
        if pseudoniem { analyse = analyse.gepseudonimiseerd() }
        var o = opties
        o.pseudoniem = false
        let r = TijdlijnRenderer(analyse.tijdlijn, annotaties: analyse.annotaties,
                                 bevindingen: analyse.bevindingen, opties: o, gepseudonimiseerd: pseudoniem)
        if let svg { try r.schrijfSVG(naar: svg); print("geschreven: \(svg)") }
        if let png { try r.schrijfPNG(naar: png, dpi: opties.dpi); print("geschreven: \(png)") }
        if let pdf {
            let n = try r.schrijfPDF(naar: pdf, poster: poster)
            print("geschreven: \(pdf) (\(n) \(n == 1 ? "pagina" : "pagina's"))")
        }
    }
}
