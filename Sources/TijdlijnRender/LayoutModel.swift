import Casus

/// A block of text: one or more lines in one font, placed in `frame`.
/// `frame` is the conservative box from `TekstMaat`; no two labels may overlap.
public struct Label: Sendable, Hashable {
    public enum Uitlijning: Sendable, Hashable { case links, midden, rechts }

    public var frame: Rechthoek
    public var regels: [String]
    public var grootte: Double
    public var vet: Bool
    public var kleur: Kleur
    public var uitlijning: Uitlijning

    public init(x: Double, y: Double, regels: [String], grootte: Double, vet: Bool = false,
                kleur: Kleur = Palet.inkt, uitlijning: Uitlijning = .links) {
        let breedte = regels.map { TekstMaat.breedte($0, grootte: grootte, vet: vet) }.max() ?? 0
        let hoogte = Double(regels.count) * TekstMaat.regelHoogte(grootte)
        let links: Double
        switch uitlijning {
        case .links: links = x
        case .midden: links = x - breedte / 2
        case .rechts: links = x - breedte
        }
        self.frame = Rechthoek(x: links, y: y, breedte: breedte, hoogte: hoogte)
        self.regels = regels
        self.grootte = grootte
        self.vet = vet
        self.kleur = kleur
        self.uitlijning = uitlijning
    }

    /// Baseline of line `i`: DejaVu's ascent is 0.928 em, centred in the 1.2 em line.
    public func basislijn(_ i: Int) -> Double {
        frame.y + Double(i) * TekstMaat.regelHoogte(grootte) + grootte * 1.03
    }
}

/// The symbols drawn as vector shapes by the painters.
public enum GlyphSoort: Sendable, Hashable {
    case smiley, sadney, waarschuwing, zorg
    /// Smileys and sadneys on one item: here the room differs.
    case verdeeld
    case gebeurtenis(GebeurtenisSoort)
    case afloop(Afloop)
    case terugNaarRegie
    case kaderOvergang(opschaling: Bool)
    case regiewissel(RegieOverdracht, andereGemeente: Bool)
}

public struct Glyph: Sendable, Hashable {
    public var soort: GlyphSoort
    public var midden: Punt
    /// Diameter of the glyph's box.
    public var grootte: Double
    public var kleur: Kleur
    /// The casus item this glyph stands for (markers), nil for attachments (faces, warnings).
    public var item: String?

    public var frame: Rechthoek {
        Rechthoek(x: midden.x - grootte / 2, y: midden.y - grootte / 2,
                  breedte: grootte, hoogte: grootte)
    }
}

/// A filled rectangle: backgrounds, cards, kader and regie segments.
public struct Vlak: Sendable, Hashable {
    public var frame: Rechthoek
    public var vulling: Kleur?
    public var rand: Kleur?
    public var randDikte: Double = 1
    public var hoek: Double = 0
    /// The casus item this rectangle stands for (cards, regie periods), if any.
    public var item: String?
}

public struct Lijn: Sendable, Hashable {
    public var van: Punt
    public var naar: Punt
    public var kleur: Kleur
    public var dikte: Double
    public var streep: [Double] = []
}

/// An interventie bar. Fuzzy dates fade in over `vervaagStart` and out over `vervaagEinde`.
public struct Balk: Sendable, Hashable {
    public var frame: Rechthoek
    public var kleur: Kleur
    public var vervaagStart: Double
    public var vervaagEinde: Double
    /// The interventie it stands for; nil for the faded strips of fuzzy dates.
    public var item: String?
}

/// A bracket under the evidence of a finding, with ticks at each evidence item.
public struct Haak: Sendable, Hashable {
    public var van: Double
    public var tot: Double
    public var y: Double
    public var tikken: [Double]
    public var kleur: Kleur
    public var patroon: String
}

/// One horizontal band of the wall, named in the left header column.
public struct Baan: Sendable, Hashable {
    public enum Soort: Sendable, Hashable {
        case tijdas, leeftijd, kader, regie, gebeurtenissen, interventies(aanbieder: String), patronen
    }

    public var soort: Soort
    public var frame: Rechthoek
}

/// The whole wall as plain geometry, in paint order per kind:
/// achtergronden, lijnen, vlakken, balken, haken, glyphs, labels.
public struct TijdlijnLayout: Sendable, Hashable {
    public var casus: String
    public var breedte: Double = 0
    public var hoogte: Double = 0
    /// The x range of the time axis.
    public var tijdasVan: Double = 0
    public var tijdasTot: Double = 0
    /// The first year on the time axis; each year is an equal part of it.
    public var eersteJaar: Int?
    public var laatsteJaar: Int?
    public var banen: [Baan] = []
    /// Lane backgrounds, beneath the grid lines.
    public var achtergronden: [Vlak] = []
    public var vlakken: [Vlak] = []
    public var lijnen: [Lijn] = []
    public var balken: [Balk] = []
    public var haken: [Haak] = []
    public var glyphs: [Glyph] = []
    public var labels: [Label] = []
    /// Annotation targets that are not items of this casus (reported, not drawn).
    public var onbekendeAnnotatieItems: [String] = []

    public init(casus: String) { self.casus = casus }

    mutating func voegToe(_ deel: TijdlijnLayout) {
        banen += deel.banen
        achtergronden += deel.achtergronden
        vlakken += deel.vlakken
        lijnen += deel.lijnen
        balken += deel.balken
        haken += deel.haken
        glyphs += deel.glyphs
        labels += deel.labels
    }

    /// Everything's outer bounds, to size the page.
    var omvang: Rechthoek {
        let frames = vlakken.map(\.frame) + balken.map(\.frame) + glyphs.map(\.frame)
            + labels.map(\.frame) + banen.map(\.frame)
        let maxX = frames.map(\.maxX).max() ?? 0
        let maxY = frames.map(\.maxY).max() ?? 0
        return Rechthoek(x: 0, y: 0, breedte: maxX, hoogte: maxY)
    }
}
