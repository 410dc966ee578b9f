import Foundation
@testable import Casus
@testable import CasusXLSX

/// Shared set-up for workbook tests: the codec registered, temporary folders, paths.
enum XLSXHulp {
    static let codec: XLSXCodec = {
        let codec = XLSXCodec()
        Werkboeken.registreer(codec)
        return codec
    }()

    static func tijdelijkeMap() -> String {
        _ = codec
        let pad = NSTemporaryDirectory() + "casus-xlsx-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: pad, withIntermediateDirectories: true)
        return pad
    }

    static var wortel: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    static func pad(_ relatief: String) -> String { (wortel as NSString).appendingPathComponent(relatief) }
}
