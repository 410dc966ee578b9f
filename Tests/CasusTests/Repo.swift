import Foundation

/// Paths in this repository, for tests that read the bundled template and examples.
enum Repo {
    static let wortel: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func pad(_ relatief: String) -> String { (wortel as NSString).appendingPathComponent(relatief) }

    static var voorbeelden: [String] {
        let map = pad("examples")
        let namen = (try? FileManager.default.contentsOfDirectory(atPath: map)) ?? []
        return namen.sorted().map { (map as NSString).appendingPathComponent($0) }.filter {
            var isMap: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isMap) && isMap.boolValue
        }
    }
}
