import Foundation

/// Work spread over all cores with the results kept in index order, so the outcome never
/// depends on the scheduling.
public enum Parallel {
    public static func map<T: Sendable>(_ aantal: Int, _ werk: @Sendable (Int) -> T) -> [T] {
        let vakken = Vakken<T>(aantal)
        DispatchQueue.concurrentPerform(iterations: aantal) { i in vakken.zet(i, werk(i)) }
        return vakken.alle()
    }

    /// As `map`, in blocks, with progress after each block (the caller's thread reports).
    public static func map<T: Sendable>(_ aantal: Int, voortgang: Voortgang, blok: Int = 64,
                                        _ werk: @Sendable (Int) -> T) -> [T] {
        var uit: [T] = []
        uit.reserveCapacity(aantal)
        for begin in stride(from: 0, to: aantal, by: max(1, blok)) {
            let eind = min(begin + max(1, blok), aantal)
            uit += map(eind - begin) { werk(begin + $0) }
            voortgang.meld(eind, aantal)
        }
        return uit
    }

    /// As `map`; every index runs, then the error of the lowest failing index is thrown.
    public static func tryMap<T: Sendable>(_ aantal: Int, _ werk: @Sendable (Int) throws -> T) throws -> [T] {
        try map(aantal) { i in Result { try werk(i) } }.map { try $0.get() }
    }

    /// As `tryMap`, with one `werker` made per core and reused for every index that core
    /// takes (in turn, so a busy core takes fewer): for big buffers made once, not per index.
    public static func tryMap<W, T: Sendable>(_ aantal: Int, werker: @Sendable () throws -> W,
                                              _ werk: @Sendable (W, Int) throws -> T) throws -> [T] {
        let teller = Teller()
        let kernen = max(1, min(aantal, ProcessInfo.processInfo.activeProcessorCount))
        let delen = try tryMap(kernen) { _ in
            let w = try werker()
            var klaar: [(Int, T)] = []
            while let i = teller.volgende(onder: aantal) { klaar.append((i, try werk(w, i))) }
            return klaar
        }
        return delen.joined().sorted { $0.0 < $1.0 }.map(\.1)
    }
}

/// A result handed from the worker that made it to the caller of `Parallel.map`, for types
/// that are not Sendable but are never shared: only one thread holds it at a time.
struct Doorgeven<T>: @unchecked Sendable {
    let waarde: T
    init(_ waarde: T) { self.waarde = waarde }
}

/// Hands out 0, 1, 2, … to whichever worker asks next.
private final class Teller: @unchecked Sendable {
    private var volgende = 0
    private let slot = NSLock()

    func volgende(onder grens: Int) -> Int? {
        slot.withLock {
            guard volgende < grens else { return nil }
            defer { volgende += 1 }
            return volgende
        }
    }
}

/// Work on every core in the background, each result handed to the caller's thread in index
/// order as soon as it and all before it are done, so the caller can pass on (write) the first
/// while the rest is still being made.
public enum OpVolgorde {
    public static func map<T: Sendable>(_ aantal: Int, _ werk: @escaping @Sendable (Int) -> T,
                                        ontvang: (Int, T) -> Void) {
        guard aantal > 0 else { return }
        let vakken = Vakken<T>(aantal)
        let klaar = (0..<aantal).map { _ in DispatchSemaphore(value: 0) }
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: aantal) { i in
                vakken.zet(i, werk(i))
                klaar[i].signal()
            }
        }
        for i in 0..<aantal {
            klaar[i].wait()
            ontvang(i, vakken.neem(i))
        }
    }
}

/// One slot per index, each written exactly once by one worker: no two writers share a slot.
private final class Vakken<T: Sendable>: @unchecked Sendable {
    private let vakken: UnsafeMutableBufferPointer<T?>

    init(_ aantal: Int) {
        vakken = .allocate(capacity: aantal)
        vakken.initialize(repeating: nil)
    }

    func zet(_ i: Int, _ waarde: T) { vakken[i] = waarde }

    func alle() -> [T] { vakken.map { $0! } }

    /// The slot's value, leaving it empty (its memory goes as soon as the caller is done with it).
    func neem(_ i: Int) -> T {
        defer { vakken[i] = nil }
        return vakken[i]!
    }

    deinit {
        vakken.deinitialize()
        vakken.deallocate()
    }
}

/// Work started on other threads now, its result asked for later, so the caller can do
/// something else meanwhile (count one block while the next is read and analysed).
public final class Vooruit<T: Sendable>: @unchecked Sendable {
    private var waarde: T?
    private let klaar = DispatchSemaphore(value: 0)

    public init(_ werk: @escaping @Sendable () -> T) {
        DispatchQueue.global().async { [self] in
            waarde = werk()
            klaar.signal()
        }
    }

    /// The result, once ready; may be asked more than once.
    public func wacht() -> T {
        klaar.wait()
        defer { klaar.signal() }
        return waarde!
    }
}
