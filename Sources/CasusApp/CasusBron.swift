import Foundation
import Casus
import CasusOpslag

/// One door to a casus for every command that takes one (tijdlijn, patronen,
/// render, analyseer, rode-draden): a casus folder, or a casus id in the workbench.
public enum CasusBron {
    /// A folder is read by intake; anything else is looked up as a casus id in
    /// the workbench (`werkbank`, else CASUS_WERKBANK, else the default path).
    /// Problems come back as meldingen, like intake's.
    public static func open(argument: String, werkbank: String? = nil,
                            omgeving: [String: String] = ProcessInfo.processInfo.environment) -> CasusInvoer {
        var isMap: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isMap), isMap.boolValue {
            return Intake.leesCasusMap(pad: argument)
        }
        let pad = WerkbankLocatie.pad(argument: werkbank, omgeving: omgeving)
        guard FileManager.default.fileExists(atPath: pad) else {
            return CasusInvoer(map: argument, meldingen: [.fout(
                "geen casusmap, en er is geen werkbank om casus '\(argument)' in op te zoeken", pad: argument,
                hint: "geef een casusmap, of wijs de werkbank aan met --werkbank of CASUS_WERKBANK")])
        }
        do {
            let wb = try Werkbanken.open(pad)
            return try uitWerkbank(casus: argument, werkbank: wb)
        } catch let fout as WerkbankFout {
            return CasusInvoer(map: argument, meldingen: [fout.melding])
        } catch {
            return CasusInvoer(map: argument, meldingen: [WerkbankFout.van(error, pad: pad).melding])
        }
    }

    /// The casus as the workbench holds it: newest formats, stored session.
    public static func uitWerkbank(casus: String, werkbank: any WerkbankOpslag) throws -> CasusInvoer {
        let (opgeslagen, sessie) = try werkbank.momentopname(casus: casus)
        let (formats, meldingen) = WerkbankSamenvoeging.formats(opgeslagen, casus: casus)
        var invoer = CasusInvoer(map: casus, casus: casus, formats: formats, sessie: sessie,
                                 sessiePad: "\(casus)/sessie (werkbank)", meldingen: meldingen.sorted())
        // The workbench's sticker codes (new items get theirs now, and keep them).
        let tijdlijn = try WerkbankSamenvoeging.tijdlijn(casus: casus, in: werkbank).0.tijdlijn
        invoer.codeboek = try werkbank.codeboek(casus: casus, voor: tijdlijn)
        return invoer
    }
}
