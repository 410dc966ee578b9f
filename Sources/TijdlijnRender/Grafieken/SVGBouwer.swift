import Casus
import Foundation

/// Writes SVG markup for the report charts. Every text from data is escaped; links
/// point only at anchors inside the report. Inline SVG in HTML needs no namespace,
/// so `standalone: false` leaves out every URL (the report must contain none).
struct SVGBouwer {
    let breedte: Double
    let hoogte: Double
    private var inhoud = ""

    static let lettertype = "DejaVu Sans, Arial, Helvetica, sans-serif"

    init(breedte: Double, hoogte: Double) {
        self.breedte = breedte
        self.hoogte = hoogte
    }

    static func getal(_ x: Double) -> String {
        let afgerond = (x * 10).rounded() / 10
        return afgerond == afgerond.rounded() ? String(Int(afgerond)) : String(format: "%.1f", afgerond)
    }

    mutating func rechthoek(x: Double, y: Double, b: Double, h: Double, vulling: String,
                            titel: String? = nil, link: String? = nil) {
        var element = "<rect x=\"\(Self.getal(x))\" y=\"\(Self.getal(y))\" width=\"\(Self.getal(b))\" "
            + "height=\"\(Self.getal(h))\" fill=\"\(vulling)\""
        if let titel {
            element += "><title>\(XMLTekst.escape(titel))</title></rect>"
        } else {
            element += "/>"
        }
        voegToe(element, link: link)
    }

    enum Uitlijning: String { case start, middle, end }

    mutating func tekst(_ t: String, x: Double, y: Double, grootte: Double = 12,
                        uitlijning: Uitlijning = .start, vet: Bool = false, kleur: String = "#222",
                        draai: Double? = nil, link: String? = nil) {
        var element = "<text x=\"\(Self.getal(x))\" y=\"\(Self.getal(y))\" font-size=\"\(Self.getal(grootte))\""
            + " text-anchor=\"\(uitlijning.rawValue)\" fill=\"\(kleur)\""
        if vet { element += " font-weight=\"bold\"" }
        if let draai {
            element += " transform=\"rotate(\(Self.getal(draai)) \(Self.getal(x)) \(Self.getal(y)))\""
        }
        element += ">\(XMLTekst.escape(t))</text>"
        voegToe(element, link: link)
    }

    mutating func lijn(x1: Double, y1: Double, x2: Double, y2: Double, kleur: String = "#999") {
        inhoud += "<line x1=\"\(Self.getal(x1))\" y1=\"\(Self.getal(y1))\" x2=\"\(Self.getal(x2))\" "
            + "y2=\"\(Self.getal(y2))\" stroke=\"\(kleur)\" stroke-width=\"1\"/>\n"
    }

    private mutating func voegToe(_ element: String, link: String?) {
        if let link {
            inhoud += "<a href=\"#\(XMLTekst.escape(link))\">\(element)</a>\n"
        } else {
            inhoud += element + "\n"
        }
    }

    /// The finished chart. `standalone` adds the SVG namespace, needed only when the
    /// chart is written as its own .svg file.
    func svg(titel: String, standalone: Bool = false) -> String {
        let naamruimte = standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : ""
        return "<svg\(naamruimte) width=\"\(Self.getal(breedte))\" height=\"\(Self.getal(hoogte))\" "
            + "viewBox=\"0 0 \(Self.getal(breedte)) \(Self.getal(hoogte))\" role=\"img\" "
            + "font-family=\"\(Self.lettertype)\">\n<title>\(XMLTekst.escape(titel))</title>\n"
            + "<rect x=\"0\" y=\"0\" width=\"\(Self.getal(breedte))\" height=\"\(Self.getal(hoogte))\" fill=\"#ffffff\"/>\n"
            + inhoud + "</svg>"
    }
}
