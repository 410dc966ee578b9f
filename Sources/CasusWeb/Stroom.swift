import Foundation
import Synchronization

/// One change, as sent on `/api/stroom`. Participants get their own payload:
/// without names unless the facilitator allowed them.
struct Gebeurtenis: Sendable {
    var nummer: Int
    var soort: String
    var voorFacilitator: String
    var voorDeelnemer: String
}

/// The server-sent events: every change goes to every listener, and the last
/// `bewaar` are kept so a client that reconnects with `Last-Event-ID` gets what
/// it missed. Ids are `<start>-<n>`: after a restart (or when too much was
/// missed) the client is told to reload everything instead (`ververs`).
final class Stroom: Sendable {
    let start: String
    let bewaar: Int
    private struct Staat {
        var volgende = 1
        var recent: [Gebeurtenis] = []
        var luisteraars: [UUID: AsyncStream<Gebeurtenis>.Continuation] = [:]
    }
    private let staat = Mutex(Staat())

    init(start: String = Geheim.hex(bytes: 4), bewaar: Int = 2000) {
        self.start = start
        self.bewaar = bewaar
    }

    func id(_ g: Gebeurtenis) -> String { "\(start)-\(g.nummer)" }

    /// Sends a change to everyone listening.
    func zend(_ soort: String, facilitator: String, deelnemer: String) {
        staat.withLock { s in
            let g = Gebeurtenis(nummer: s.volgende, soort: soort, voorFacilitator: facilitator,
                                voorDeelnemer: deelnemer)
            s.volgende += 1
            s.recent.append(g)
            if s.recent.count > bewaar { s.recent.removeFirst(s.recent.count - bewaar) }
            for c in s.luisteraars.values { c.yield(g) }
        }
    }

    /// What a client with `laatste` (its Last-Event-ID) missed; nil when that
    /// cannot be told, and the client must reload.
    func gemist(na laatste: String?) -> [Gebeurtenis]? {
        staat.withLock { s in
            guard let laatste, !laatste.isEmpty else { return [] }
            let delen = laatste.split(separator: "-")
            guard delen.count == 2, String(delen[0]) == start, let n = Int(delen[1]) else { return nil }
            let eerste = s.recent.first?.nummer ?? s.volgende
            guard n >= eerste - 1, n < s.volgende else { return nil }
            return s.recent.filter { $0.nummer > n }
        }
    }

    /// Listens from now on. Register before reading `gemist` so nothing falls in between;
    /// duplicates are skipped by number.
    func luister() -> (AsyncStream<Gebeurtenis>, stop: @Sendable () -> Void) {
        let (stroom, c) = AsyncStream<Gebeurtenis>.makeStream(bufferingPolicy: .bufferingNewest(bewaar))
        let sleutel = UUID()
        staat.withLock { $0.luisteraars[sleutel] = c }
        let stop: @Sendable () -> Void = { [weak self] in
            _ = self?.staat.withLock { $0.luisteraars.removeValue(forKey: sleutel) }
            c.finish()
        }
        c.onTermination = { _ in stop() }
        return (stroom, stop)
    }

    /// The id of the last event sent: where a client that just read the state starts listening.
    var laatsteId: String { "\(start)-\(staat.withLock { $0.volgende - 1 })" }

    var aantalLuisteraars: Int { staat.withLock { $0.luisteraars.count } }

    /// A keep-alive comment to every listener, so a dropped phone is noticed and freed.
    func ping() {
        let g = Gebeurtenis(nummer: 0, soort: "", voorFacilitator: "", voorDeelnemer: "")
        staat.withLock { s in for c in s.luisteraars.values { c.yield(g) } }
    }

    /// Ends every stream (the server stops).
    func sluit() {
        let alle = staat.withLock { s in
            let c = Array(s.luisteraars.values)
            s.luisteraars = [:]
            return c
        }
        for c in alle { c.finish() }
    }

    /// One event in the text/event-stream format.
    static func tekst(id: String, soort: String, data: String) -> String {
        "id: \(id)\nevent: \(soort)\ndata: \(data)\n\n"
    }
}
