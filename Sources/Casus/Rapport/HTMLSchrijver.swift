/// Renders a `RapportDocument` as one self-contained HTML page: inline CSS, inline
/// SVG, no external asset and no URL at all. The markup is also well-formed XML
/// (XHTML syntax), so it can be checked by any XML parser.
public enum HTMLSchrijver {
    public static func html(_ d: RapportDocument) -> String {
        var uit = """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(XMLTekst.escape(d.titel))</title>
        <style>\(stijl)</style>
        </head>
        <body>
        <h1>\(XMLTekst.escape(d.titel))</h1>

        """
        if !d.blokken.contains(.inhoud) { uit += inhoudsopgave(d) }
        uit += "<main>\n"
        for blok in d.blokken { uit += blok == .inhoud ? inhoudsopgave(d) : html(blok) }
        uit += "</main>\n</body>\n</html>\n"
        return uit
    }

    private static func inhoudsopgave(_ d: RapportDocument) -> String {
        var uit = "<nav><p><strong>Inhoud</strong></p><ul>\n"
        for case let .kop(niveau, tekst, anker?) in d.blokken where niveau == 2 {
            uit += "<li><a href=\"#\(XMLTekst.escape(anker))\">\(XMLTekst.escape(tekst))</a></li>\n"
        }
        return uit + "</ul></nav>\n"
    }

    static func html(_ blok: RapportDocument.Blok) -> String {
        switch blok {
        case let .kop(niveau, tekst, anker):
            let n = min(max(niveau, 1), 6)
            let id = anker.map { " id=\"\(XMLTekst.escape($0))\"" } ?? ""
            return "<h\(n)\(id)>\(XMLTekst.escape(tekst))</h\(n)>\n"
        case let .alinea(fragmenten):
            return "<p>\(html(fragmenten))</p>\n"
        case let .citaat(fragmenten):
            return "<blockquote>\(html(fragmenten))</blockquote>\n"
        case let .lijst(items):
            return "<ul>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</ul>\n"
        case let .tabel(koppen, rijen, rechts):
            var uit = "<table>\n<thead><tr>"
            for (k, kop) in koppen.enumerated() {
                uit += "<th\(rechts.contains(k) ? " class=\"getal\"" : "")>\(XMLTekst.escape(kop))</th>"
            }
            uit += "</tr></thead>\n<tbody>\n"
            for rij in rijen {
                uit += "<tr>"
                for (k, cel) in rij.enumerated() {
                    uit += "<td\(rechts.contains(k) ? " class=\"getal\"" : "")>\(html(cel))</td>"
                }
                uit += "</tr>\n"
            }
            return uit + "</tbody>\n</table>\n"
        case let .grafiek(tekening, beschrijving):
            return "<figure>\n\(tekening.svg())\n<figcaption>\(XMLTekst.escape(beschrijving))</figcaption>\n</figure>\n"
        case .inhoud:
            return ""
        }
    }

    static func html(_ fragmenten: [RapportDocument.Fragment]) -> String {
        fragmenten.map { fragment in
            switch fragment {
            case let .tekst(t): XMLTekst.escape(t)
            case let .vet(t): "<strong>\(XMLTekst.escape(t))</strong>"
            case let .link(t, anker): "<a href=\"#\(XMLTekst.escape(anker))\">\(XMLTekst.escape(t))</a>"
            case let .anker(anker): "<span id=\"\(XMLTekst.escape(anker))\"></span>"
            }
        }.joined()
    }

    /// Readable on screen and on paper; nothing is loaded from outside.
    static let stijl = """

    body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #222; max-width: 60em;
           margin: 2em auto; padding: 0 1em; line-height: 1.45; }
    h1 { border-bottom: 3px solid #b71c1c; padding-bottom: .2em; }
    h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
    h4 { margin-bottom: .3em; }
    nav { background: #f5f5f5; padding: .5em 1em; border-radius: 4px; }
    table { border-collapse: collapse; margin: 1em 0; }
    th, td { border: 1px solid #ccc; padding: .25em .6em; text-align: left; vertical-align: top; }
    th { background: #eee; }
    .getal { text-align: right; }
    blockquote { margin: .4em 0 .1em 1.5em; padding-left: .8em; border-left: 3px solid #bbb;
                 font-style: italic; }
    figure { margin: 1em 0; }
    figcaption { font-size: .85em; color: #555; }
    svg { max-width: 100%; height: auto; }
    a { color: #0d47a1; }
    @media print {
      body { max-width: none; margin: 0; font-size: 10pt; }
      nav { display: none; }
      a { color: inherit; text-decoration: none; }
      h2, h3, h4 { page-break-after: avoid; }
      #themas, #verantwoording { page-break-before: always; }
      table, figure, blockquote { page-break-inside: avoid; }
    }

    """
}
