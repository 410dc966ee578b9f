import Dispatch
import Foundation

/// From casus folders to the common threads: read (intake), merge, detect patterns
/// (with the folder's own patronen.yaml), aggregate. The command only calls this.
public enum RodeDradenPijplijn {
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
        let invoer = Intake.leesCasusMap(pad: casusMap)
        var meldingen = invoer.meldingen
        var instellingen = PatroonInstellingen.standaard
        if let pad = invoer.patronenPad {
            let (gelezen, problemen) = PatroonInstellingen.lees(pad: pad)
            instellingen = instellingen.overschreven(door: gelezen)
            meldingen += problemen
        }
        guard !meldingen.heeftFouten else { return (nil, meldingen.sorted()) }
        let samengevoegd = Samenvoeger.voegSamen(invoer.formats, sessie: invoer.sessie,
                                                 sessiePad: invoer.sessiePad)
        let casus = GeanalyseerdeCasus(
            tijdlijn: samengevoegd.tijdlijn, annotaties: invoer.sessie?.annotaties ?? [],
            bevindingen: Patronen.detecteer(samengevoegd.tijdlijn, instellingen: instellingen))
        return (casus, (meldingen + samengevoegd.meldingen + onbekendeItems(casus, invoer)).sorted())
    }

    /// The whole run over folders, block by block on all cores; the result does not depend
    /// on the order or the scheduling (the aggregation sorts by casus id).
    public static func voerUit(mappen: [String], opties: RodeDradenOpties = .standaard,
                               blokGrootte: Int = standaardBlok) -> Resultaat {
        var teller = RodeDradenTeller(opties: opties)
        var meldingen: [Melding] = []
        var mapPerCasus: [String: String] = [:]
        for begin in stride(from: 0, to: mappen.count, by: max(1, blokGrootte)) {
            let blok = Array(mappen[begin..<min(begin + max(1, blokGrootte), mappen.count)])
            let uitkomsten = UitkomstBuffer(aantal: blok.count)
            DispatchQueue.concurrentPerform(iterations: blok.count) { n in
                uitkomsten.zet(n, analyseer(casusMap: blok[n]))
            }
            for (n, (casus, problemen)) in uitkomsten.alle().enumerated() {
                meldingen += problemen
                guard let casus else { continue }
                if let eerder = mapPerCasus[casus.casus] {
                    meldingen.append(.fout("casus \(casus.casus) komt twee keer voor (ook in \(eerder))",
                                           pad: blok[n], hint: "geef elke casus één keer op"))
                    continue
                }
                mapPerCasus[casus.casus] = blok[n]
                teller.tel(casus)
            }
        }
        return Resultaat(rodeDraden: meldingen.heeftFouten ? nil : teller.resultaat(), meldingen: meldingen)
    }

    /// An annotation on an item the merge did not produce still counts (as `onbekend`),
    /// but the facilitator should know: a warning at the annotation's file.
    private static func onbekendeItems(_ casus: GeanalyseerdeCasus, _ invoer: CasusInvoer) -> [Melding] {
        let t = casus.tijdlijn
        var ids = Set(t.gezinsleden.map(\.id) + t.netwerk.map(\.id) + t.gebeurtenissen.map(\.id))
        ids.formUnion(t.interventies.map(\.id) + t.kader.map(\.id) + t.regie.map(\.id))
        ids.formUnion(t.regiewisselingen.map(\.id))
        return Set(casus.annotaties.map(\.item)).subtracting(ids).sorted().map { item in
            .waarschuwing("annotatie op onbekend item \(item); telt mee als kader ‘onbekend’",
                          pad: invoer.sessiePad ?? invoer.map,
                          hint: "gebruik een item-id uit `casus tijdlijn` van deze casus")
        }
    }
}

/// Results written from concurrent workers, each index exactly once.
private final class UitkomstBuffer: @unchecked Sendable {
    private var waarden: [(GeanalyseerdeCasus?, [Melding])]
    private let slot = NSLock()

    init(aantal: Int) { waarden = Array(repeating: (nil, []), count: aantal) }

    func zet(_ n: Int, _ waarde: (GeanalyseerdeCasus?, [Melding])) {
        slot.lock()
        waarden[n] = waarde
        slot.unlock()
    }

    func alle() -> [(GeanalyseerdeCasus?, [Melding])] {
        slot.lock()
        defer { slot.unlock() }
        return waarden
    }
}
