import Foundation

/// A few calls side by side, one thread each: unlike `Parallel`, not limited to the number
/// of cores, for calls that mostly wait (fsync, rename) or that use the cores themselves.
public enum Gelijktijdig {
    /// Which calls failed, in index order; `get()` throws the error of the lowest one.
    public struct Uitkomst {
        public var fouten: [(index: Int, fout: Error)]
        public var mislukt: [Int] { fouten.map(\.index) }
        public func get() throws { if let eerste = fouten.first { throw eerste.fout } }
    }

    /// Runs `werk(0) … werk(aantal - 1)` side by side and waits for all of them.
    public static func voorElk(_ aantal: Int, _ werk: @escaping (Int) throws -> Void) -> Uitkomst {
        guard aantal > 1 else {
            return Uitkomst(fouten: (0..<aantal).compactMap { i in
                do { try werk(i); return nil } catch { return (i, error) }
            })
        }
        // Threads of our own: a dispatch queue keeps to the core count while calls block.
        let groep = DispatchGroup()
        let fouten = FoutVakken(aantal)
        let doe = OnveiligDoorgeven(werk)
        for i in 1..<aantal {
            groep.enter()
            Thread {
                do { try doe.werk(i) } catch { fouten.zet(i, error) }
                groep.leave()
            }.start()
        }
        do { try doe.werk(0) } catch { fouten.zet(0, error) }
        groep.wait()
        return Uitkomst(fouten: fouten.alle())
    }
}

/// The callers' closures touch only their own index's data.
private struct OnveiligDoorgeven: @unchecked Sendable {
    let werk: (Int) throws -> Void
    init(_ werk: @escaping (Int) throws -> Void) { self.werk = werk }
}

/// One slot per call; a lock because the slots are written from several threads.
private final class FoutVakken: @unchecked Sendable {
    private var vakken: [Error?]
    private let slot = NSLock()

    init(_ aantal: Int) { vakken = Array(repeating: nil, count: aantal) }

    func zet(_ i: Int, _ fout: Error) { slot.withLock { vakken[i] = fout } }

    func alle() -> [(index: Int, fout: Error)] {
        slot.withLock { vakken.enumerated().compactMap { i, f in f.map { (i, $0) } } }
    }
}
