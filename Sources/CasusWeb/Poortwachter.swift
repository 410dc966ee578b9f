import Foundation
import Synchronization

/// At most `maximum` failed tries per address per `venster` seconds: the
/// participants' code is short, so guessing it must be slow.
final class Poortwachter: Sendable {
    let maximum: Int
    let venster: TimeInterval
    private let pogingen = Mutex<[String: [Date]]>([:])

    init(maximum: Int = 10, venster: TimeInterval = 60) {
        self.maximum = maximum
        self.venster = venster
    }

    /// False when the address has used up its tries.
    func magProberen(_ adres: String, nu: Date = Date()) -> Bool {
        pogingen.withLock { alle in
            let recent = (alle[adres] ?? []).filter { nu.timeIntervalSince($0) < venster }
            alle[adres] = recent
            return recent.count < maximum
        }
    }

    func mislukt(_ adres: String, nu: Date = Date()) {
        pogingen.withLock { alle in
            // Forget idle addresses so the table cannot grow without bound.
            if alle.count > 10_000 { alle = alle.filter { $0.value.contains { nu.timeIntervalSince($0) < venster } } }
            alle[adres, default: []].append(nu)
        }
    }
}
