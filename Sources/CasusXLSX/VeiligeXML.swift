import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams one XML part through Foundation's parser without ever resolving an entity:
/// a part with a DOCTYPE (where entity bombs and external entities live; no workbook
/// part has one) is refused before parsing, and external entities stay off.
final class VeiligeXML: NSObject, XMLParserDelegate {
    enum Fout: Error {
        case doctype
        case onleesbaar(String)
    }

    private let begin: (String, [String: String]) -> Void
    private let einde: (String) -> Void
    private let tekst: (String) -> Void
    private var diepte = 0
    private var gezien = false

    private init(begin: @escaping (String, [String: String]) -> Void, einde: @escaping (String) -> Void,
                 tekst: @escaping (String) -> Void) {
        self.begin = begin
        self.einde = einde
        self.tekst = tekst
    }

    /// Calls the handlers for each element start (local name, attributes), end and text.
    static func lees(_ data: Data, begin: @escaping (String, [String: String]) -> Void,
                     einde: @escaping (String) -> Void = { _ in },
                     tekst: @escaping (String) -> Void = { _ in }) throws(Fout) {
        if bevatDoctype(data) { throw .doctype }
        let lezer = VeiligeXML(begin: begin, einde: einde, tekst: tekst)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.delegate = lezer
        // Unclosed elements at the end are not always reported by the parser: count them.
        guard parser.parse(), lezer.diepte == 0, lezer.gezien else {
            throw .onleesbaar(parser.parserError.map { "\($0.localizedDescription)" } ?? "")
        }
    }

    /// `<!` followed by a letter (`<!DOCTYPE`, `<!ENTITY`) anywhere; NUL bytes are skipped
    /// so UTF-16 text is caught too. Comments (`<!--`) and CDATA (`<![`) pass.
    static func bevatDoctype(_ data: Data) -> Bool {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            var eerste: UInt8 = 0, tweede: UInt8 = 0
            for b in bytes where b != 0 {
                if eerste == 0x3C, tweede == 0x21, (b | 0x20) >= 0x61, (b | 0x20) <= 0x7A { return true }
                eerste = tweede
                tweede = b
            }
            return false
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        diepte += 1
        gezien = true
        begin(lokaal(elementName), attributeDict)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        diepte -= 1
        einde(lokaal(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { tekst(string) }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        tekst(String(decoding: CDATABlock, as: UTF8.self))
    }

    /// Element names without a namespace prefix (`x:c` is `c`).
    private func lokaal(_ naam: String) -> String {
        naam.split(separator: ":").last.map(String.init) ?? naam
    }
}
