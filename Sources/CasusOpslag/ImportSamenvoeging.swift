import Casus
import Dispatch

/// One block of an import merged on every core in the background, while the importing
/// thread writes the previous block (the store work is serial, the merges are pure).
final class ImportSamenvoeging: @unchecked Sendable {
    private var tijdlijnen: [Tijdlijn?] = []
    private let klaar = DispatchSemaphore(value: 0)

    init(_ invoer: [(String, [OpgeslagenFormat], Sessie)],
         _ samenvoegen: @escaping @Sendable (String, [OpgeslagenFormat], Sessie) -> Tijdlijn?) {
        DispatchQueue.global().async { [self] in
            tijdlijnen = Parallel.map(invoer.count) { n in samenvoegen(invoer[n].0, invoer[n].1, invoer[n].2) }
            klaar.signal()
        }
    }

    /// The block's timelines, in order, once merged; may be asked more than once.
    func wacht() -> [Tijdlijn?] {
        klaar.wait()
        defer { klaar.signal() }
        return tijdlijnen
    }
}
