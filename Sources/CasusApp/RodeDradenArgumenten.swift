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
            switch CasusVerwijzing(argument, werkbankGegeven: werkbankPad != nil) {
            case .map(let map): bronnen.append(.map(map))
            case .bestand(let pad): meldingen.append(.waarschuwing("overgeslagen: geen casusmap", pad: pad))
            case .casusId(let id): ids.append(id)
            }
        }
        guard alle || !ids.isEmpty else { return }
        let (wb, problemen) = CasusVerwijzing.werkbank(voor: ids, argument: werkbankPad, omgeving: omgeving,
                                                         bewaren: true)
        meldingen += problemen
        guard let wb else {
            let plek = WerkbankLocatie.pad(argument: werkbankPad, omgeving: omgeving)
            if alle && !Werkbanken.bestaat(plek) {
                meldingen.append(.fout("--alle: er is geen werkbank", pad: plek,
                                       hint: "wijs de werkbank aan met --werkbank of CASUS_WERKBANK"))
            }
            return
        }
        werkbank = wb
        do {
            let alleIds = alle ? try wb.casussen().map(\.casus) : []
            // An id named on the command line and also covered by --alle counts once.
            let alGenoemd = Set(alleIds)
            for id in alleIds + ids.filter({ !alGenoemd.contains($0) }) { bronnen.append(.werkbank(id)) }
        } catch {
            meldingen.append(error.melding)
        }
    }
}
