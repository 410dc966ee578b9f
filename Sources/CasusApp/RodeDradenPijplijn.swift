import Dispatch
import Foundation
import Casus
import CasusOpslag

/// From casussen to the common threads: read (a folder by intake, or the workbench's
/// newest formats and stored session), merge, detect patterns (with a folder's own
/// patronen.yaml), aggregate. The command only calls this.
public enum RodeDradenPijplijn {
    /// Where one casus comes from.
    public enum Bron: Sendable, Hashable {
        case map(String)
        case werkbank(String)
    }

    public struct Resultaat: Sendable {
        /// nil when any casus has a fout: counts over part of the input would mislead.
        public var rodeDraden: RodeDraden?
        /// Every problem in every folder, folder by folder.
        public var meldingen: [Melding]
    }

    /// Folders analysed at once: enough to keep both cores busy, few enough that memory
    /// stays flat — a timeline is counted and then dropped.
    public static let standaardBlok = 256

    /// One casus folder: its merged timeline, annotations and findings, or its problems.
    public static func analyseer(casusMap: String) -> (GeanalyseerdeCasus?, [Melding]) {
        analyseer(invoer: Intake.leesCasusMap(pad: casusMap))
    }

    /// One casus's share of the common threads: from a folder by the whole pipeline; from
    /// the workbench as stored (issue 18), made again only when stale.
    static func bijdrage(_ bron: Bron, werkbank: (any WerkbankOpslag)?, opties: RodeDradenOpties,
                         gelezen: [String: (AnalyseSleutel, BewaardeBijdrageRij?)] = [:]) -> (RodeDradenBijdrage?, [Melding]) {
        if case .werkbank(let casus) = bron, let g = gelezen[casus], let bewaard = WerkbankBijdrage.bewaard(g) {
            return (bewaard.bijdrage, bewaard.meldingen)
        }
        switch bron {
        case .map(let pad):
            let (analyse, meldingen) = analyseer(casusMap: pad)
            return (analyse.map { RodeDradenBijdrage($0, opties: opties) }, meldingen)
        case .werkbank(let casus):
            guard let werkbank else {
                return (nil, [.fout("geen werkbank geopend voor casus \(casus)", pad: casus)])
            }
            do {
                let bewaard = try WerkbankBijdrage.haal(casus: casus, opties: opties, in: werkbank)
                return (bewaard.bijdrage, bewaard.meldingen)
            } catch {
                return (nil, [error.melding])
            }
        }
    }

    /// A casus as read, from a folder or the workbench, through the one pipeline.
    public static func analyseer(invoer: CasusInvoer) -> (GeanalyseerdeCasus?, [Melding]) {
        let resultaat = Analyseren.voerUit(invoer)
        // An annotation on an item the merge did not produce still counts (kader `onbekend`);
        // the pipeline's meldingen already say so, as `casus controleer` does.
        return (resultaat.analyse, resultaat.meldingen)
    }

    /// The whole run over folders, block by block on all cores; the result does not depend
    /// on the order or the scheduling (the aggregation sorts by casus id).
    public static func voerUit(mappen: [String], opties: RodeDradenOpties = .standaard,
                               blokGrootte: Int = standaardBlok) -> Resultaat {
        voerUit(bronnen: mappen.map(Bron.map), werkbank: nil, opties: opties, blokGrootte: blokGrootte)
    }

    public static func voerUit(bronnen: [Bron], werkbank: (any WerkbankOpslag)?, opties: RodeDradenOpties = .standaard,
                               blokGrootte: Int = standaardBlok, voortgang: Voortgang = .stil) -> Resultaat {
        var teller = RodeDradenTeller(opties: opties)
        var meldingen: [Melding] = []
        var mapPerCasus: [String: String] = [:]
        func tel(_ blok: [Bron], _ uitkomsten: [(RodeDradenBijdrage?, [Melding])]) {
            for (n, (casus, problemen)) in uitkomsten.enumerated() {
                meldingen += problemen
                guard let casus else { continue }
                if let eerder = mapPerCasus[casus.casus] {
                    meldingen.append(.fout("casus \(casus.casus) komt twee keer voor (ook in \(eerder))",
                                           pad: blok[n].naam, hint: "geef elke casus één keer op"))
                    continue
                }
                mapPerCasus[casus.casus] = blok[n].naam
                teller.tel(casus)
            }
        }
        // One block is counted here while the next is read and analysed on the other threads.
        var lopend: (blok: [Bron], werk: Vooruit<[(RodeDradenBijdrage?, [Melding])]>)?
        for begin in stride(from: 0, to: bronnen.count, by: max(1, blokGrootte)) {
            let blok = Array(bronnen[begin..<min(begin + max(1, blokGrootte), bronnen.count)])
            let werk = Vooruit { analyseer(blok, begin: begin, van: bronnen.count, werkbank: werkbank,
                                           opties: opties, voortgang: voortgang) }
            if let vorige = lopend { tel(vorige.blok, vorige.werk.wacht()) }
            lopend = (blok, werk)
        }
        if let laatste = lopend { tel(laatste.blok, laatste.werk.wacht()) }
        // The health check ran beside the reading; nothing is shown from a damaged workbench.
        do {
            try werkbank?.bevestigGezond()
        } catch {
            meldingen.append(error.melding)
        }
        return Resultaat(rodeDraden: meldingen.heeftFouten ? nil : teller.resultaat(), meldingen: meldingen)
    }

    /// One block on every core: the stored shares in one read; a stale or missing one is
    /// made per casus, a folder analysed.
    private static func analyseer(_ blok: [Bron], begin: Int, van aantal: Int, werkbank: (any WerkbankOpslag)?,
                                  opties: RodeDradenOpties, voortgang: Voortgang) -> [(RodeDradenBijdrage?, [Melding])] {
        let ids = blok.compactMap { bron -> String? in if case .werkbank(let c) = bron { c } else { nil } }
        let gelezen = ids.isEmpty ? [:]
            : (try? werkbank?.bewaardeBijdragen(casussen: ids, variant: RodeDradenBijdrage.variant(opties))) ?? [:]
        let uitkomsten = UitkomstBuffer(aantal: blok.count)
        DispatchQueue.concurrentPerform(iterations: blok.count) { n in
            uitkomsten.zet(n, bijdrage(blok[n], werkbank: werkbank, opties: opties, gelezen: gelezen))
            voortgang.meld(begin + uitkomsten.klaar(), aantal)
        }
        return uitkomsten.alle()
    }
}

/// Results written from concurrent workers, each index exactly once.
private final class UitkomstBuffer: @unchecked Sendable {
    private var waarden: [(RodeDradenBijdrage?, [Melding])]
    private let slot = NSLock()

    private var gezet = 0

    init(aantal: Int) { waarden = Array(repeating: (nil, []), count: aantal) }

    func zet(_ n: Int, _ waarde: (RodeDradenBijdrage?, [Melding])) {
        slot.lock()
        waarden[n] = waarde
        gezet += 1
        slot.unlock()
    }

    /// How many results are in, for the progress line.
    func klaar() -> Int {
        slot.lock()
        defer { slot.unlock() }
        return gezet
    }

    func alle() -> [(RodeDradenBijdrage?, [Melding])] {
        slot.lock()
        defer { slot.unlock() }
        return waarden
    }
}

extension RodeDradenPijplijn.Bron {
    /// For messages: the folder, or the casus id with where it came from.
    public var naam: String {
        switch self {
        case .map(let pad): pad
        case .werkbank(let casus): "\(casus) (werkbank)"
        }
    }
}
