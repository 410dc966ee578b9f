import Crypto
import Foundation

/// The SHA-256 of a format's text, in hex: shows which stored version is which.
enum Vingerafdruk {
    static func hex(_ tekst: String) -> String {
        hex(Data(tekst.utf8))
    }

    /// Of a workbook, over its bytes as delivered.
    static func hex(_ data: Data) -> String {
        // By hand: String(format:) per byte cost more than the hash itself (issue 18).
        let cijfers = Array("0123456789abcdef".utf8)
        var uit: [UInt8] = []
        uit.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            uit.append(cijfers[Int(byte >> 4)])
            uit.append(cijfers[Int(byte & 0x0f)])
        }
        return String(decoding: uit, as: UTF8.self)
    }
}
