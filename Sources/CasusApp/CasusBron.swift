import Casus
import CasusOpslag
import Foundation

/// One door to a casus for every command that takes one (tijdlijn, patronen,
/// render, analyseer, rode-draden): a casus folder, or a casus id in the workbench.
public enum CasusBron {
    /// A folder is read by intake; anything else is looked up as a casus id in the
    /// workbench (see `CasusVerwijzing`). Problems come back as meldingen, like intake's.
    public static func open(argument: String, werkbank: String? = nil,
                            omgeving: [String: String] = ProcessInfo.processInfo.environment) -> CasusInvoer {
        if case .map(let map) = CasusVerwijzing(argument, werkbankGegeven: werkbank != nil) { return Intake.leesCasusMap(pad: map) }
        let (wb, meldingen) = CasusVerwijzing.werkbank(voor: [argument], argument: werkbank, omgeving: omgeving)
        guard let wb else { return CasusInvoer(map: argument, meldingen: meldingen) }
        do {
            return try uitWerkbank(casus: argument, werkbank: wb)
        } catch {
            return CasusInvoer(map: argument, meldingen: [error.melding])
        }
    }

    /// The casus as the workbench holds it: newest formats, stored session.
    public static func uitWerkbank(casus: String, werkbank: any WerkbankOpslag) throws(WerkbankFout) -> CasusInvoer {
        try WerkbankSamenvoeging.invoer(casus: casus, in: werkbank).0
    }
}
