import Casus
import CasusOpslag
import Hummingbird

/// A refused request: its HTTP status and a Dutch sentence saying what to do.
struct WebFout: Error, Sendable {
    var status: HTTPResponse.Status
    var bericht: String

    static func niemand() -> WebFout {
        WebFout(status: .unauthorized,
                bericht: "Je bent niet aangemeld: meld je aan via /doe-mee met de code van de facilitator.")
    }
    static func alleenFacilitator() -> WebFout {
        WebFout(status: .forbidden, bericht: "Dit mag alleen de facilitator.")
    }
    static func ongeldig(_ bericht: String) -> WebFout {
        WebFout(status: .unprocessableContent, bericht: bericht)
    }

    /// A workbench refusal: an unknown item or number is the caller's mistake (422/404), the rest is ours (500).
    static func van(_ fout: any Error) -> WebFout {
        if let fout = fout as? WebFout { return fout }
        guard let fout = fout as? WerkbankFout else {
            return WebFout(status: .internalServerError, bericht: "Er ging iets mis op de server: \(fout)")
        }
        let m = fout.melding
        let tekst = m.bericht + (m.hint.map { " — \($0)" } ?? "")
        switch fout {
        case .onbekendItem, .ongeldig, .correctieOnmogelijk, .onbekendeBron:
            return WebFout(status: .unprocessableContent, bericht: tekst)
        case .onbekendeAnnotatie: return WebFout(status: .notFound, bericht: tekst)
        default: return WebFout(status: .internalServerError, bericht: tekst)
        }
    }
}
