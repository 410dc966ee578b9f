import Casus
import Foundation

/// Writes a `WerkboekOntwerp` as an .xlsx that Excel and LibreOffice open: text cells
/// (inline strings, column format "@" so Excel keeps `maart 2019` as typed), a bold
/// frozen header with a help comment per column, a grey example row, drop-down lists.
/// All text passes through `XMLTekst.escape`. Output is byte-for-byte reproducible.
enum XLSXSchrijver {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let kop = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// Rows that get the drop-down lists.
    static let laatsteRij = 1000

    static func schrijf(_ ontwerp: WerkboekOntwerp) throws -> Data {
        try ZipArchief.maak(onderdelen(ontwerp).map { ($0.0, Data($0.1.utf8)) })
    }

    /// Every part of the package, in a fixed order.
    static func onderdelen(_ ontwerp: WerkboekOntwerp) -> [(String, String)] {
        var delen: [(String, String)] = [
            ("[Content_Types].xml", inhoudTypen(ontwerp)),
            ("_rels/.rels", relaties([("officeDocument", "xl/workbook.xml")])),
            ("xl/workbook.xml", workbook(ontwerp)),
            ("xl/_rels/workbook.xml.rels",
             relaties(ontwerp.bladen.indices.map { ("worksheet", "worksheets/sheet\($0 + 1).xml") } + [("styles", "styles.xml")])),
            ("xl/styles.xml", XLSXStijlen.xml),
        ]
        for (index, blad) in ontwerp.bladen.enumerated() {
            let n = index + 1
            delen.append(("xl/worksheets/sheet\(n).xml", XLSXBlad.xml(blad, heeftOpmerkingen: blad.heeftUitleg)))
            guard blad.heeftUitleg else { continue }
            delen.append(("xl/worksheets/_rels/sheet\(n).xml.rels",
                          relaties([("comments", "../comments\(n).xml"), ("vmlDrawing", "../drawings/vmlDrawing\(n).vml")])))
            delen.append(("xl/comments\(n).xml", XLSXOpmerkingen.comments(blad)))
            delen.append(("xl/drawings/vmlDrawing\(n).vml", XLSXOpmerkingen.vml(blad, blad: n)))
        }
        return delen
    }

    static func inhoudTypen(_ ontwerp: WerkboekOntwerp) -> String {
        let office = "application/vnd.openxmlformats-officedocument"
        var xml = kop + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"vml\" ContentType=\"\(office).vmlDrawing\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(office).spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(office).spreadsheetml.styles+xml\"/>"
        for (index, blad) in ontwerp.bladen.enumerated() {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"\(office).spreadsheetml.worksheet+xml\"/>"
            if blad.heeftUitleg {
                xml += "<Override PartName=\"/xl/comments\(index + 1).xml\" ContentType=\"\(office).spreadsheetml.comments+xml\"/>"
            }
        }
        return xml + "</Types>"
    }

    /// A relationships part; ids are rId1, rId2, … in the order given.
    static func relaties(_ doelen: [(String, String)]) -> String {
        var xml = kop + "<Relationships xmlns=\"\(pkg)\">"
        for (index, (soort, doel)) in doelen.enumerated() {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(rel)/\(soort)\" Target=\"\(XMLTekst.escape(doel))\"/>"
        }
        return xml + "</Relationships>"
    }

    static func workbook(_ ontwerp: WerkboekOntwerp) -> String {
        var xml = kop + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, blad) in ontwerp.bladen.enumerated() {
            xml += "<sheet name=\"\(XMLTekst.escape(blad.naam))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }
}
