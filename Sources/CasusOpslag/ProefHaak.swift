import Foundation
import Casus

/// Fault injection for the kill test, off unless CASUS_PROEF_VERTRAGING_MS is
/// set: the import then pauses after each format inside its transaction and
/// marks the transaction's start and commit on stderr. Without the pause a
/// kill would rarely land inside the (short) transaction, and the test could
/// not tell an atomic import from one that commits format by format.
enum ProefHaak {
    static let pauze: useconds_t? = {
        guard let tekst = ProcessInfo.processInfo.environment["CASUS_PROEF_VERTRAGING_MS"],
              let ms = UInt32(tekst), ms > 0, ms <= 1000 else { return nil }
        return ms * 1000
    }()

    static func binnenTransactie() {
        if let pauze { usleep(pauze) }
    }

    static func markeer(_ wat: String) {
        guard pauze != nil else { return }
        FileHandle.standardError.write(Data("proef: \(wat)\n".utf8))
    }
}
