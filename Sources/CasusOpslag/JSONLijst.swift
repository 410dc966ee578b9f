import Foundation
import Casus

/// A list of texts in one column (item ids, participants): JSON, read back
/// leniently (a damaged cell is an empty list, never a trap).
enum JSONLijst {
    static func tekst(_ lijst: [String]) -> String {
        (try? JSONEncoder().encode(lijst)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    static func lijst(_ tekst: String?) -> [String] {
        guard let tekst else { return [] }
        return (try? JSONDecoder().decode([String].self, from: Data(tekst.utf8))) ?? []
    }
}
