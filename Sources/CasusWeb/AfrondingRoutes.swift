import Casus
import Foundation
import Hummingbird

/// Downloads for the facilitator only: the session report and the export.
enum AfrondingRoutes {
    static func voegToe(aan router: Router<SessieContext>, kern: SessieKern) {
        router.get("/api/verslag") { request, _ -> Response in
            guard Koekjes.wie(request, kern: kern) == .facilitator else { throw WebFout.alleenFacilitator() }
            let metNamen = request.uri.queryParameters.get("namen") == "ja"
            let pdf = request.uri.queryParameters.get("formaat") == "pdf"
            let data = try await kern.verslag(metNamen: metNamen, pdf: pdf)
            return Antwoord.download(data, naam: "sessieverslag-\(bestandsnaam(kern.casus))"
                                        + (metNamen ? "-met-namen" : "") + (pdf ? ".pdf" : ".html"),
                                     type: pdf ? "application/pdf" : "text/html; charset=utf-8")
        }

        router.get("/api/export") { request, _ -> Response in
            guard Koekjes.wie(request, kern: kern) == .facilitator else { throw WebFout.alleenFacilitator() }
            let zip = try await kern.export()
            return Antwoord.download(zip, naam: "\(bestandsnaam(kern.casus)).zip", type: "application/zip")
        }
    }

    /// Only letters, digits and dashes: safe in a header and on any disk.
    static func bestandsnaam(_ casus: String) -> String {
        String(casus.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }
}
