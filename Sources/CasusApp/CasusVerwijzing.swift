import Casus
import CasusOpslag
import Foundation

/// "A casus folder or a casus id in the workbench": decided here, once, for every
/// command that takes casussen (tijdlijn, patronen, render, analyseer, rode-draden).
public enum CasusVerwijzing: Sendable, Hashable {
    /// An existing folder: read by intake.
    case map(String)
    /// An existing file: not a casus (a folder was meant).
    case bestand(String)
    /// Anything else: looked up as a casus id in the workbench.
    case casusId(String)

    /// `werkbankGegeven`: the user named a workbench (`--werkbank`); then a plain id
    /// (no slash) is looked up there even when a folder of that name happens to exist.
    public init(_ argument: String, werkbankGegeven: Bool = false) {
        if werkbankGegeven, !argument.contains("/"), argument != ".", argument != ".." {
            self = .casusId(argument)
            return
        }
        var isMap: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isMap) {
            self = isMap.boolValue ? .map(argument) : .bestand(argument)
        } else {
            self = .casusId(argument)
        }
    }

    /// The workbench to look casus ids up in (`--werkbank`, else CASUS_WERKBANK, else the
    /// default). When there is none, or it cannot be opened, every id gets its fout.
    /// `bewaren`: open for writing when allowed, so analyses computed on the way are kept
    /// (rode-draden over thousands of casussen); a workbench that cannot be written is
    /// still read.
    public static func werkbank(voor ids: [String], argument: String?, omgeving: [String: String],
                                bewaren: Bool = false) -> ((any WerkbankOpslag)?, [Melding]) {
        let plek = WerkbankLocatie.pad(argument: argument, omgeving: omgeving)
        guard Werkbanken.bestaat(plek) else {
            return (nil, ids.map { id in
                .fout("geen casusmap, en er is geen werkbank om casus '\(id)' in op te zoeken", pad: id,
                      hint: "geef een casusmap, of wijs de werkbank aan met --werkbank of CASUS_WERKBANK")
            })
        }
        do {
            // The caller confirms the health check before it shows anything (`bevestigGezond`).
            if bewaren, let wb = try? Werkbanken.open(plek, toegang: .naastHetWerk) { return (wb, []) }
            return (try Werkbanken.open(plek, toegang: .lezen), [])
        } catch {
            return (nil, [error.melding])
        }
    }
}
