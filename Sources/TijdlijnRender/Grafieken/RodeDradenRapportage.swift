import Casus
import Foundation

/// The rode-draden report with its charts: HTML (inline SVG) or Markdown.
public enum RodeDradenRapportage {
    public static func grafieken(_ r: RodeDraden) -> RapportGrafieken {
        RapportGrafieken(
            patronen: PatronenHeatmap.svg(r),
            perThema: AnnotatieStaven.svg(r.annotaties.perThema, titel: "Smileys en sadneys per thema",
                                          label: RapportTeksten.thema),
            perSoortInterventie: AnnotatieStaven.svg(
                r.annotaties.perSoortInterventie, titel: "Smileys en sadneys per soort interventie",
                label: RapportTeksten.soortInterventie),
            perKader: AnnotatieStaven.svg(r.annotaties.perKader, titel: "Smileys en sadneys per kader",
                                          label: RapportTeksten.kader),
            statistiek: SpreidingGrafiek.svg(r.statistiek))
    }

    public static func html(_ r: RodeDraden) -> String {
        HTMLSchrijver.html(RodeDradenRapport.document(r, grafieken: grafieken(r)))
    }

    public static func markdown(_ r: RodeDraden) -> String {
        MarkdownSchrijver.markdown(RodeDradenRapport.document(r))
    }

    /// Writes the report to `pad`: Markdown for `.md`, HTML otherwise. Mode 0600:
    /// the report holds case data about children.
    public static func schrijf(_ r: RodeDraden, naar pad: String) throws {
        let tekst = pad.lowercased().hasSuffix(".md") ? markdown(r) : html(r)
        try BeschermdBestand.schrijf(tekst, naar: pad)
    }
}
