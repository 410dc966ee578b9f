import Casus
import Document
import Foundation
import TijdlijnRender

/// Writes the rode-draden report by its extension: `.pdf` a paged A4 PDF (Pango,
/// vector charts), `.md` Markdown, anything else one HTML page. Through the one
/// protected writer: mode 0600, never over an input or through a symlink, and the
/// PDF goes straight into the protected file, never via /tmp.
public enum RodeDradenRapportBestand {
    public static func schrijf(_ r: RodeDraden, naar pad: String, project: Project? = nil,
                               regels: BeschermdBestand.Regels = .standaard) throws {
        switch (pad as NSString).pathExtension.lowercased() {
        case "pdf":
            let document = pdfDocument(r, project: project)
            try BeschermdBestand.schrijf(naar: pad, regels: regels) { tijdelijk in
                try DocumentPDF.schrijf(document, naar: tijdelijk)
            }
        case "md":
            try BeschermdBestand.schrijf(RodeDradenRapportage.markdown(r, project: project), naar: pad, regels: regels)
        default:
            try BeschermdBestand.schrijf(RodeDradenRapportage.html(r, project: project), naar: pad, regels: regels)
        }
    }

    public static func pdfDocument(_ r: RodeDraden, project: Project?) -> Document {
        let rapport = RodeDradenRapport.document(r, grafieken: RodeDradenRapportage.grafieken(r), project: project)
        let ondertitel = ["Rode draden uit \(RapportTeksten.casussen(r.casussen.count))", project?.periode]
            .compactMap { $0 }.joined(separator: " — ")
        return Document(rapport: rapport, ondertitel: ondertitel)
    }
}
