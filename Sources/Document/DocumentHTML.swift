import Casus
import Foundation

/// The document as one HTML page with nothing loaded from outside: the
/// styles inline, pictures as data URIs, no scripts, no fonts.
public enum DocumentHTML {
    public static func html(_ d: Document) -> String {
        let e = XMLTekst.escape
        var uit = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(d.titel))</title>
            <style>\(stijl)</style></head><body><main>
            <h1 class="titel">\(e(d.titel))</h1>

            """
        if let ondertitel = d.ondertitel { uit += "<p class=\"ondertitel\">\(e(ondertitel))</p>\n" }
        var nummer = 0
        for blok in d.blokken {
            switch blok {
            case .kop(let niveau, let tekst):
                nummer += 1
                let h = min(max(niveau + 1, 2), 4)
                uit += "<h\(h) id=\"k\(nummer)\">\(e(tekst))</h\(h)>\n"
            case .alinea(let tekst):
                uit += "<p>\(e(tekst))</p>\n"
            case .kleineTekst(let tekst):
                uit += "<p class=\"klein\">\(e(tekst))</p>\n"
            case .citaat(let tekst):
                uit += "<blockquote>\(e(tekst))</blockquote>\n"
            case .tekening(let tekening, let bijschrift):
                uit += "<figure>\(tekening.svg())" + (bijschrift.map { "<figcaption>\(e($0))</figcaption>" } ?? "") + "</figure>\n"
            case .lijst(let punten):
                uit += "<ul>" + punten.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
            case .tabel(let kop, let rijen, _):
                uit += "<table><thead><tr>" + kop.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>"
                uit += rijen.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }.joined()
                uit += "</tbody></table>\n"
            case .afbeelding(let png, let bijschrift):
                uit += "<figure><img alt=\"\(e(bijschrift ?? "afbeelding"))\" src=\"data:image/png;base64,\(png.base64EncodedString())\">"
                uit += (bijschrift.map { "<figcaption>\(e($0))</figcaption>" } ?? "") + "</figure>\n"
            case .grootBeeld(let png, _, let naam, let bijschrift):
                uit += GrootBeeld.html(png, naam: naam, bijschrift: bijschrift)
            case .inhoud:
                uit += "<nav><h2>Inhoud</h2><ol>"
                for (i, kop) in d.koppen.enumerated() {
                    let index = koppenIndex(d, i)
                    uit += "<li class=\"niveau\(kop.niveau)\"><a href=\"#k\(index)\">\(e(kop.tekst))</a></li>"
                }
                uit += "</ol></nav>\n"
            case .nieuwePagina:
                break
            }
        }
        return uit + "</main></body></html>\n"
    }

    /// The anchor number of the i-th contents heading (all headings are numbered).
    private static func koppenIndex(_ d: Document, _ i: Int) -> Int {
        var gezien = 0, nummer = 0
        for blok in d.blokken {
            guard case .kop(let niveau, _) = blok else { continue }
            nummer += 1
            if niveau <= 2 {
                if gezien == i { return nummer }
                gezien += 1
            }
        }
        return nummer
    }

    static let stijl = """
        body{font-family:"DejaVu Sans",sans-serif;color:#222;background:#fafaf7;margin:0}
        main{max-width:60em;margin:0 auto;padding:2em;background:#fff}
        h1.titel{font-size:1.8em;margin-bottom:.2em} .ondertitel{color:#555;margin-top:0}
        h2{border-bottom:2px solid #c9d6df;padding-bottom:.2em;margin-top:2em} h3{margin-top:1.5em}
        p.klein{font-size:.85em;color:#555} table{border-collapse:collapse;width:100%;margin:.5em 0}
        th,td{border:1px solid #ccc;padding:.35em .5em;text-align:left;vertical-align:top;white-space:pre-line}
        th{background:#eef2f5} figure{margin:1em 0;overflow-x:auto} img{max-width:100%;height:auto}
        figcaption{font-size:.85em;color:#555} blockquote{margin:.4em 0 .4em 1.5em;padding-left:.8em;border-left:3px solid #bbb;font-style:italic} svg{max-width:100%;height:auto}
        .groot{overflow:auto;max-height:80vh;border:1px solid #ccc} .groot img{max-width:none} nav ol{padding-left:0;list-style:none} nav li.niveau2{margin-left:1.5em;font-size:.95em}
        @media print{body{background:#fff} main{padding:0} h2{break-after:avoid}}
        """
}
