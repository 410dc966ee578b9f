import Casus
import CasusOpslag
import Foundation

/// Who is asking: the facilitator (holds the key), a participant (joined with
/// the code), or nobody.
enum Wie: Sendable, Equatable {
    case facilitator
    case deelnemer(WebDeelnemer)
    case niemand

    /// What `door` says on what they place.
    var door: String? {
        switch self {
        case .facilitator: "facilitator"
        case .deelnemer(let d): d.id
        case .niemand: nil
        }
    }
}

enum Geheim {
    /// `bytes` random bytes from the system's CSPRNG (getrandom on Linux), in hex.
    static func hex(bytes: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in
            let b = UInt8.random(in: .min ... .max, using: &rng)
            return String(format: "%02x", b)
        }.joined()
    }

    /// The facilitator's key: 256 random bits.
    static func sleutel() -> String { hex(bytes: 32) }

    /// The participants' code: six characters a person can type without mistakes
    /// (no 0/O, 1/I/L). Short on purpose: guessing is rate-limited.
    static func code() -> String {
        let tekens = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        var rng = SystemRandomNumberGenerator()
        return String((0..<6).map { _ in tekens.randomElement(using: &rng)! })
    }

    /// Compares without stopping at the first difference, so the time taken
    /// says nothing about how much of a guess was right.
    static func gelijk(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var verschil = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            verschil |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return verschil == 0
    }
}
