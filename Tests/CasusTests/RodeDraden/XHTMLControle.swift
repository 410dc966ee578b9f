import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses a report as XML: tells whether it is well-formed and collects the ids,
/// the internal links and every attribute value, for link and URL checks.
final class XHTMLControle: NSObject, XMLParserDelegate {
    private(set) var ids: [String] = []
    private(set) var links: [String] = []
    private(set) var attributen: [String] = []
    private(set) var fout: String?
    private(set) var tekst = ""

    static func lees(_ html: String) -> XHTMLControle {
        let controle = XHTMLControle()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = controle
        if !parser.parse() {
            controle.fout = controle.fout ?? parser.parserError.map { "\($0)" } ?? "onbekende fout"
        }
        return controle
    }

    var isGoedGevormd: Bool { fout == nil }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if let id = attributes["id"] { ids.append(id) }
        if let href = attributes["href"] { links.append(href) }
        attributen += attributes.values
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { tekst += string }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        fout = "regel \(parser.lineNumber), kolom \(parser.columnNumber): \(parseError)"
    }
}
