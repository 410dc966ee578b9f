import Casus
import Foundation

/// One line on stderr that updates in place: "casussen: 120 van 1000 (12%) ·
/// 35 per seconde · nog ongeveer 25 s". Only when stderr is a terminal and not
/// `--stil`; a script or a log file sees nothing of it.
public final class VoortgangsRegel: @unchecked Sendable {
    private let wat: String
    private let actief: Bool
    private let begin = Date()
    private let slot = NSLock()
    private var gedaan = 0
    private var laatst = Date.distantPast
    private var geschreven = false

    public init(_ wat: String, stil: Bool, terminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.wat = wat
        self.actief = !stil && terminal
    }

    /// Thread-safe: parallel work may report from any thread.
    public var voortgang: Voortgang {
        Voortgang { [self] gedaan, totaal in meld(gedaan, totaal) }
    }

    /// One more unit done (for work that counts as it goes).
    public func eenErbij(totaal: Int) {
        slot.lock(); gedaan += 1; let n = gedaan; slot.unlock()
        meld(n, totaal)
    }

    public func meld(_ gedaan: Int, _ totaal: Int) {
        guard actief else { return }
        slot.lock(); defer { slot.unlock() }
        let nu = Date()
        // At most ten updates a second, and always the last one.
        guard gedaan >= totaal || nu.timeIntervalSince(laatst) >= 0.1 else { return }
        laatst = nu
        geschreven = true
        let regel = Self.regel(wat, gedaan: gedaan, totaal: totaal, verstreken: nu.timeIntervalSince(begin))
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + regel).utf8))
    }

    /// Ends the line so what follows starts on a fresh one.
    public func klaar() {
        slot.lock(); defer { slot.unlock() }
        if geschreven { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        geschreven = false
    }

    public static func regel(_ wat: String, gedaan: Int, totaal: Int, verstreken: TimeInterval) -> String {
        var delen = ["\(wat): \(gedaan) van \(totaal)"]
        if totaal > 0 { delen[0] += " (\(gedaan * 100 / totaal)%)" }
        if verstreken > 0.5, gedaan > 0 {
            let tempo = Double(gedaan) / verstreken
            delen.append(tempo >= 10 ? "\(Int(tempo)) per seconde"
                                     : String(format: "%.1f per seconde", tempo).replacingOccurrences(of: ".", with: ","))
            if gedaan < totaal { delen.append("nog ongeveer \(duur(Double(totaal - gedaan) / tempo))") }
        }
        return delen.joined(separator: " · ")
    }

    static func duur(_ seconden: Double) -> String {
        let s = Int(seconden.rounded(.up))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(s % 60) s" }
        return "\(s / 3600) u \((s % 3600) / 60) min"
    }
}
