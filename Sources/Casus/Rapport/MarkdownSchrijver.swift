/// Renders a `RapportDocument` as Markdown with the same numbers and links as the
/// HTML. Text from case data is escaped so it can neither format nor inject HTML.
public enum MarkdownSchrijver {
    public static func markdown(_ d: RapportDocument) -> String {
        var uit = "# \(escape(d.titel))\n\n"
        for blok in d.blokken { uit += markdown(blok, in: d) + "\n" }
        return uit
    }

    static func markdown(_ blok: RapportDocument.Blok, in d: RapportDocument) -> String {
        switch blok {
        case let .kop(niveau, tekst, anker):
            let doel = anker.map { "<a id=\"\(XMLTekst.escape($0))\"></a>\n" } ?? ""
            return doel + String(repeating: "#", count: min(max(niveau, 1), 6)) + " " + escape(tekst) + "\n"
        case let .alinea(fragmenten):
            return markdown(fragmenten) + "\n"
        case let .citaat(fragmenten):
            return "> " + markdown(fragmenten) + "\n"
        case let .lijst(items):
            return items.map { "- " + markdown($0) + "\n" }.joined()
        case let .tabel(koppen, rijen, rechts):
            var uit = "| " + koppen.map(escape).joined(separator: " | ") + " |\n|"
            for k in koppen.indices { uit += rechts.contains(k) ? " ---: |" : " --- |" }
            uit += "\n"
            for rij in rijen { uit += "| " + rij.map(markdown).joined(separator: " | ") + " |\n" }
            return uit
        case let .grafiek(_, beschrijving):
            return "*" + escape(beschrijving) + " (de grafiek staat in de HTML- en PDF-versie)*\n"
        case .inhoud:
            return "**Inhoud**\n\n" + d.blokken.compactMap { blok -> String? in
                guard case let .kop(2, tekst, anker?) = blok else { return nil }
                return "- [\(escape(tekst))](#\(anker))\n"
            }.joined()
        }
    }

    static func markdown(_ fragmenten: [RapportDocument.Fragment]) -> String {
        fragmenten.map { fragment in
            switch fragment {
            case let .tekst(t): escape(t)
            case let .vet(t): "**\(escape(t))**"
            case let .link(t, anker): "[\(escape(t))](#\(anker))"
            case let .anker(anker): "<a id=\"\(XMLTekst.escape(anker))\"></a>"
            }
        }.joined()
    }

    /// Markdown punctuation gets a backslash; `<`, `>` and `&` become entities so
    /// raw HTML in a toelichting stays text; line breaks become spaces.
    static func escape(_ tekst: String) -> String {
        var uit = ""
        for c in tekst {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "!", "{", "}": uit += "\\\(c)"
            case "<": uit += "&lt;"
            case ">": uit += "&gt;"
            case "&": uit += "&amp;"
            case "\n", "\r", "\r\n", "\t": uit += " "
            default: uit.append(c)
            }
        }
        return uit
    }
}
