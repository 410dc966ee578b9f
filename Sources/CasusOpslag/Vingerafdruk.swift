import Crypto
import Foundation

/// The SHA-256 of a format's text, in hex: shows which stored version is which.
enum Vingerafdruk {
    static func hex(_ tekst: String) -> String {
        SHA256.hash(data: Data(tekst.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
