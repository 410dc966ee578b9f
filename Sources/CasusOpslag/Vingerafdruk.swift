import Crypto
import Foundation

/// The SHA-256 of a format's text, in hex: shows which stored version is which.
enum Vingerafdruk {
    static func hex(_ tekst: String) -> String {
        hex(Data(tekst.utf8))
    }

    /// Of a workbook, over its bytes as delivered.
    static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
