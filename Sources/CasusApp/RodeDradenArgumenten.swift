import Foundation
import Casus
import CasusOpslag

/// Turns the arguments of `casus rode-draden` into casussen: a folder is a casus
/// folder, a file is skipped (`examples/*` also passes README.md), anything else is a
/// casus id in the workbench; `--alle` adds every casus of the workbench.
public struct RodeDradenArgumenten: Sendable {
    public var bronnen: [RodeDradenPijplijn.Bron] = []
    public var werkbank: (any WerkbankOpslag)?
    public var meldingen: [Melding] = []

    public init(argumenten: [String], alle: Bool, werkbankPad: String?,
                omgeving: [String: String] = ProcessInfo.processInfo.environment) {
        var ids: [String] = []
        for argument in argumenten {
            var isMap: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isMap) {
                if isMap.boolValue {
                    bronnen.append(.map(argument))
                } else {
                    meldingen.append(.waarschuwing("overgeslagen: geen casusmap", pad: argument))
                }
            } else {
                ids.append(argument)
            }
        }
        guard alle || !ids.isEmpty else { return }
        let pad = WerkbankLocatie.pad(argument: werkbankPad, omgeving: omgeving)
        guard FileManager.default.fileExists(atPath: pad) else {
            meldingen += ids.map { id in
                .fout("geen casusmap, en er is geen werkbank om casus '\(id)' in op te zoeken", pad: id,
                      hint: "geef een casusmap, of wijs de werkbank aan met --werkbank of CASUS_WERKBANK")
            }
            if alle {
                meldingen.append(.fout("--alle: er is geen werkbank", pad: pad,
                                       hint: "wijs de werkbank aan met --werkbank of CASUS_WERKBANK"))
            }
            return
        }
        do {
            let wb = try Werkbanken.open(pad)
            werkbank = wb
            let alleIds = alle ? try wb.casussen().map(\.casus) : []
            // An id named on the command line and also covered by --alle counts once.
            let alGenoemd = Set(alleIds)
            for id in alleIds + ids.filter({ !alGenoemd.contains($0) }) { bronnen.append(.werkbank(id)) }
        } catch let fout as WerkbankFout {
            meldingen.append(fout.melding)
        } catch {
            meldingen.append(WerkbankFout.van(error, pad: pad).melding)
        }
    }
}
