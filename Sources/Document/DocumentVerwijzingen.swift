/// Clickable text for the PDF: which bytes of which piece of text link to which
/// anchor, and where anchors are. Kept beside the blocks so a block stays plain
/// text for every other writer.
public struct DocumentVerwijzingen: Sendable {
    /// One piece of text: a block's own text (`deel` empty), list item `[k]`, or
    /// table cell `[rij, kolom]` (data rows from 0, the header is never a link).
    public struct Plek: Sendable, Hashable {
        public var blok: Int
        public var deel: [Int]

        public init(blok: Int, deel: [Int] = []) {
            self.blok = blok
            self.deel = deel
        }
    }

    public struct Link: Sendable, Hashable {
        /// UTF-8 byte range in the piece's text, as Pango indexes it.
        public var bereik: Range<Int>
        public var anker: String
    }

    public var links: [Plek: [Link]] = [:]
    /// Anchors that start at a piece of text.
    public var ankers: [Plek: [String]] = [:]

    public init() {}

    /// Text with its links and anchors, built piece by piece.
    public struct Tekst {
        public private(set) var tekst = ""
        public private(set) var links: [Link] = []
        public private(set) var ankers: [String] = []

        public init() {}

        public mutating func voeg(_ deel: String) { tekst += deel }

        public mutating func voeg(_ deel: String, link anker: String) {
            let begin = tekst.utf8.count
            tekst += deel
            links.append(Link(bereik: begin..<tekst.utf8.count, anker: anker))
        }

        public mutating func anker(_ naam: String) { ankers.append(naam) }
    }

    /// Records a piece's links and anchors; returns its plain text.
    public mutating func neem(_ t: Tekst, op plek: Plek) -> String {
        if !t.links.isEmpty { links[plek, default: []] += t.links }
        if !t.ankers.isEmpty { ankers[plek, default: []] += t.ankers }
        return t.tekst
    }
}
