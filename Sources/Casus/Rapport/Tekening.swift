import Foundation

/// A chart as vector shapes, independent of where it goes: the HTML report
/// embeds it as inline SVG (`svg`), the PDF report draws the same shapes with
/// Cairo and Pango, so a chart in the PDF is vectors and real text, not a bitmap.
public struct Tekening: Sendable, Hashable {
    public enum Uitlijning: String, Sendable, Hashable { case start, middle, end }

    public enum Vorm: Sendable, Hashable {
        /// Colours are `#rrggbb`; `titel` is a tooltip, `link` an anchor inside the report.
        case rechthoek(x: Double, y: Double, b: Double, h: Double, vulling: String, titel: String?, link: String?)
        /// `y` is the baseline; `draai` in degrees around (x, y).
        case tekst(String, x: Double, y: Double, grootte: Double, uitlijning: Uitlijning, vet: Bool,
                   kleur: String, draai: Double?, link: String?)
        case lijn(x1: Double, y1: Double, x2: Double, y2: Double, kleur: String)
    }

    public let breedte: Double
    public let hoogte: Double
    public var titel: String
    public private(set) var vormen: [Vorm] = []

    public static let lettertype = "DejaVu Sans, Arial, Helvetica, sans-serif"

    public init(breedte: Double, hoogte: Double, titel: String = "") {
        self.breedte = breedte
        self.hoogte = hoogte
        self.titel = titel
    }

    public mutating func rechthoek(x: Double, y: Double, b: Double, h: Double, vulling: String,
                                   titel: String? = nil, link: String? = nil) {
        vormen.append(.rechthoek(x: x, y: y, b: b, h: h, vulling: vulling, titel: titel, link: link))
    }

    public mutating func tekst(_ t: String, x: Double, y: Double, grootte: Double = 12,
                               uitlijning: Uitlijning = .start, vet: Bool = false, kleur: String = "#222",
                               draai: Double? = nil, link: String? = nil) {
        vormen.append(.tekst(t, x: x, y: y, grootte: grootte, uitlijning: uitlijning, vet: vet, kleur: kleur,
                             draai: draai, link: link))
    }

    public mutating func lijn(x1: Double, y1: Double, x2: Double, y2: Double, kleur: String = "#999") {
        vormen.append(.lijn(x1: x1, y1: y1, x2: x2, y2: y2, kleur: kleur))
    }
}
