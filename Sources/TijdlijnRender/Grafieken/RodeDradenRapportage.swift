import Casus
import Foundation

/// The rode-draden report with its charts: HTML (inline SVG) or Markdown; the PDF
/// is written by CasusApp (`RodeDradenRapportBestand`) through the Document layer.
public enum RodeDradenRapportage {
    public static func grafieken(_ r: RodeDraden) -> RapportGrafieken {
        RapportGrafieken(
            patronen: PatronenHeatmap.tekening(r),
            perThema: AnnotatieStaven.tekening(r.annotaties.perThema, titel: "Smileys en sadneys per thema",
                                          label: RapportTeksten.thema),
            perSoortInterventie: AnnotatieStaven.tekening(
                r.annotaties.perSoortInterventie, titel: "Smileys en sadneys per soort interventie",
                label: RapportTeksten.soortInterventie),
            perKader: AnnotatieStaven.tekening(r.annotaties.perKader, titel: "Smileys en sadneys per kader",
                                          label: RapportTeksten.kader),
            statistiek: SpreidingGrafiek.tekening(r.statistiek))
    }

    public static func html(_ r: RodeDraden, project: Project? = nil) -> String {
        HTMLSchrijver.html(RodeDradenRapport.document(r, grafieken: grafieken(r), project: project))
    }

    public static func markdown(_ r: RodeDraden, project: Project? = nil) -> String {
        MarkdownSchrijver.markdown(RodeDradenRapport.document(r, project: project))
    }
}
