import Foundation

/// A big pretty-printed, key-sorted JSON object made in parts on every core, with exactly
/// the bytes one `JSONEncoder` run over the whole gives: each part (a field's value, or a
/// chunk of a long list's elements) is written by `JSONSchrijver` as deep as it sits in the whole.
enum JSONDelen {
    /// One field's value: its writing tasks, and whether they are chunks of one list.
    struct Deel: Sendable {
        let taken: [@Sendable () -> Data]
        let isLijst: Bool
    }

    /// The reference the writer is held to (and falls back on).
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func waarde<T: Encodable & Sendable>(_ w: T) -> Deel {
        Deel(taken: [{ JSONSchrijver.json(w, diepte: 1) }], isLijst: false)
    }

    /// A value written as it is (`true`, `false`).
    static func letterlijk(_ tekst: String) -> Deel {
        Deel(taken: [{ Data(tekst.utf8) }], isLijst: false)
    }

    /// Elements per chunk of a list: enough that a chunk is worth a task.
    static let stuk = 256

    static func lijst<T: Encodable & Sendable>(_ l: [T], stuk: Int = stuk) -> Deel {
        let taken: [@Sendable () -> Data] = stride(from: 0, to: l.count, by: max(1, stuk)).map { begin in
            let eind = min(begin + max(1, stuk), l.count)
            return { JSONSchrijver.elementen(l[begin..<eind], diepte: 1) }
        }
        return Deel(taken: taken, isLijst: true)
    }

    /// `velden` in sorted key order (keys are plain names); a test holds this to `JSONEncoder`.
    static func object(_ velden: [(sleutel: String, deel: Deel)]) -> Data {
        var uit = Data()
        schrijf(velden) { uit.append($0) }
        return uit
    }

    /// The same bytes, piece by piece in order, each piece as soon as it and all before it are
    /// made: the caller writes the first while the rest is made on the other cores. Every
    /// piece is whole characters (valid UTF-8 on its own).
    static func schrijf(_ velden: [(sleutel: String, deel: Deel)], naar uit: (Data) -> Void) {
        let taken = velden.flatMap(\.deel.taken)
        // The text before each task's piece: keys, brackets, separators; `na` after the last.
        var voor: [Data] = [], na = Data("{\n".utf8)
        for (n, veld) in velden.enumerated() {
            na.append(contentsOf: "  \"\(veld.sleutel)\" : ".utf8)
            if veld.deel.isLijst, veld.deel.taken.isEmpty {
                na.append(contentsOf: "[\n\n  ]".utf8)
            } else {
                // A list's chunks are its elements' lines ("    a,\n    b"); chunks join with ",\n".
                if veld.deel.isLijst { na.append(contentsOf: "[\n".utf8) }
                for k in veld.deel.taken.indices {
                    if k > 0 { na.append(contentsOf: ",\n".utf8) }
                    voor.append(na)
                    na = Data()
                }
                if veld.deel.isLijst { na.append(contentsOf: "\n  ]".utf8) }
            }
            na.append(contentsOf: (n == velden.count - 1 ? "\n" : ",\n").utf8)
        }
        na.append(contentsOf: "}".utf8)
        OpVolgorde.map(taken.count, { taken[$0]() }) { i, stuk in
            if !voor[i].isEmpty { uit(voor[i]) }
            uit(stuk)
        }
        uit(na)
    }

    /// `niveaus` levels deeper: two spaces each after every line break (and at the start when
    /// `regelBegint`), except before an empty line (an empty list is `[\n\n  ]`).
    static func voegIngesprongenToe(_ data: Data, aan uit: inout [UInt8], niveaus: Int = 1, regelBegint: Bool = false) {
        let inspringing = [UInt8](repeating: 0x20, count: 2 * niveaus)
        data.withUnsafeBytes { (bron: UnsafeRawBufferPointer) in
            guard let basis = bron.baseAddress, bron.count > 0 else { return }
            if regelBegint, bron[0] != 0x0A { uit.append(contentsOf: inspringing) }
            var begin = 0
            while begin < bron.count, let gevonden = memchr(basis + begin, 0x0A, bron.count - begin) {
                let regel = basis.distance(to: UnsafeRawPointer(gevonden))
                uit.append(contentsOf: UnsafeRawBufferPointer(rebasing: bron[begin...regel]))
                if regel + 1 < bron.count, bron[regel + 1] != 0x0A { uit.append(contentsOf: inspringing) }
                begin = regel + 1
            }
            uit.append(contentsOf: UnsafeRawBufferPointer(rebasing: bron[begin...]))
        }
    }
}
