import ArgumentParser
import Casus
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
        let resultaat = try casus.analyseer(pseudoniem: pseudoniem)
        Uitvoer.meldingen(resultaat.meldingen, namen: pseudoniem ? resultaat.namen : nil)
        guard var analyse = resultaat.analyse else { throw Stop.invoerProblemen }
        analyse = analyse.getoond(pseudoniem: pseudoniem)
        var o = opties
        o.pseudoniem = false
        let r = TijdlijnRenderer(analyse.tijdlijn, annotaties: analyse.annotaties, bevindingen: analyse.bevindingen,
                                 opties: o, gepseudonimiseerd: pseudoniem, sessie: analyse.sessie)
        let regels = BeschermdBestand.Regels(invoer: BeschermdBestand.bestanden(in: casus.casus),
                                             overschrijf: wand.overschrijf)
        // All asked files or none: a drawing that fails leaves nothing half-written.
        var uitvoer: [BeschermdBestand.Uitvoer] = []
        if let svg { uitvoer.append(r.svgUitvoer(svg)) }
        if let png { uitvoer.append(try r.pngUitvoer(png, dpi: opties.dpi).0) }
        let teller = try pdf.map { try r.pdfUitvoer($0, poster: poster) }
        if let teller { uitvoer.append(teller.0) }
        try BeschermdBestand.schrijfSet(uitvoer, regels: regels)
        if let svg { print("geschreven: \(svg)") }
        if let png { print("geschreven: \(png)") }
        if let pdf, let n = teller?.1 {
            print("geschreven: \(pdf) (\(n) \(n == 1 ? "pagina" : "pagina's"))")
        }
    }
}
