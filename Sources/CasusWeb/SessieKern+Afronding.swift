import Casus
import CasusApp
import CasusOpslag
import CasusXLSX
import Foundation

/// The end of the session: the report (what `casus verslag` writes) and the
/// export (what `casus exporteer` writes), as downloads for the facilitator.
extension SessieKern {
    /// The session report as one HTML file or an A4 PDF; pseudonymised unless `metNamen`.
    func verslag(metNamen: Bool, pdf: Bool = false) async throws -> Data {
        // Read on the queue; the drawing of the wall takes a while and runs beside it.
        let invoer = try await opRij { [self] in try CasusBron.uitWerkbank(casus: casus, werkbank: werkbank) }
        let (data, meldingen) = try await Task.detached { () throws -> (Data?, [Melding]) in
            if pdf { return try VerslagOpdracht.pdf(invoer, metNamen: metNamen) }
            let (html, m) = try VerslagOpdracht.html(invoer, metNamen: metNamen)
            return (html.map { Data($0.utf8) }, m)
        }.value
        guard let data else {
            let fouten = meldingen.fouten.map(\.description).joined(separator: "; ")
            throw WebFout.ongeldig("De casus heeft fouten; er is geen verslag gemaakt: \(fouten)")
        }
        return data
    }

    /// The casus folder (formats as they came in, and sessie.yaml) as one zip;
    /// logged like `casus exporteer`.
    func export() async throws -> Data {
        try await opRij { [self] in
            let bestanden = try CasusExport.bestanden(casus: casus, werkbank: werkbank)
            let zip = try ZipArchief.maak(bestanden.map { ("\(casus)/\($0.0)", $0.1) })
            try werkbank.logExport(casus: casus, naar: "download in de browser (\(casus).zip)",
                                   aantal: bestanden.count - 1, door: Self.wie)
            return zip
        }
    }
}
