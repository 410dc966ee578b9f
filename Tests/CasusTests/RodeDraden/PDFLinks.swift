import Foundation

/// Reads the link annotations and named destinations Cairo writes into a PDF
/// (plain objects, no object streams), to test that the report's links lead somewhere.
struct PDFLinks {
    struct Link { var pagina: Int; var doel: String }
    var paginas = 0
    var links: [Link] = []
    /// Destination name → page.
    var doelen: [String: Int] = [:]

    init(pad: String) throws {
        let tekst = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pad)), as: UTF8.self)
            .unicodeScalars.map { Character($0) }.reduce(into: "") { $0.append($1) }
        var objecten: [Int: String] = [:]
        for m in Self.zoek(#"(\d+) 0 obj(.*?)endobj"#, in: tekst) { objecten[Int(m[1]) ?? -1] = m[2] }
        guard let catalogus = objecten.values.first(where: { $0.contains("/Type /Catalog") }),
              let wortel = Self.zoek(#"/Pages (\d+) 0 R"#, in: catalogus).first.flatMap({ Int($0[1]) }) else { return }
        var volgorde: [Int] = []
        func loop(_ n: Int) {
            guard let o = objecten[n] else { return }
            if o.contains("/Type /Pages"), let kids = Self.zoek(#"/Kids \[(.*?)\]"#, in: o).first {
                Self.zoek(#"(\d+) 0 R"#, in: kids[1]).compactMap { Int($0[1]) }.forEach(loop)
            } else { volgorde.append(n) }
        }
        loop(wortel)
        paginas = volgorde.count
        for o in objecten.values {
            for m in Self.zoek(#"\(([^)]*)\) \[(\d+) 0 R /XYZ"#, in: o) {
                if let n = Int(m[2]), let i = volgorde.firstIndex(of: n) { doelen[m[1]] = i + 1 }
            }
        }
        for (i, n) in volgorde.enumerated() {
            guard let annots = Self.zoek(#"/Annots \[(.*?)\]"#, in: objecten[n] ?? "").first else { continue }
            for r in Self.zoek(#"(\d+) 0 R"#, in: annots[1]) {
                if let o = objecten[Int(r[1]) ?? -1], let doel = Self.zoek(#"/Dest \(([^)]*)\)"#, in: o).first {
                    links.append(Link(pagina: i + 1, doel: doel[1]))
                }
            }
        }
    }

    static func zoek(_ patroon: String, in tekst: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: patroon, options: [.dotMatchesLineSeparators]) else { return [] }
        let ns = tekst as NSString
        return regex.matches(in: tekst, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }
}
