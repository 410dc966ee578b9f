/// Plain geometry in points (1/72 inch), origin top-left, y downwards.
public struct Punt: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
}

public struct Rechthoek: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var breedte: Double
    public var hoogte: Double

    public init(x: Double, y: Double, breedte: Double, hoogte: Double) {
        self.x = x
        self.y = y
        self.breedte = breedte
        self.hoogte = hoogte
    }

    public var maxX: Double { x + breedte }
    public var maxY: Double { y + hoogte }
    public var midX: Double { x + breedte / 2 }
    public var midY: Double { y + hoogte / 2 }

    /// True when the interiors overlap; touching edges (within rounding) do not count.
    public func overlapt(_ ander: Rechthoek) -> Bool {
        let e = 0.001
        return x < ander.maxX - e && ander.x < maxX - e && y < ander.maxY - e && ander.y < maxY - e
    }

    public func bevat(_ ander: Rechthoek, marge: Double = 0.001) -> Bool {
        ander.x >= x - marge && ander.maxX <= maxX + marge
            && ander.y >= y - marge && ander.maxY <= maxY + marge
    }

    public func vergroot(_ d: Double) -> Rechthoek {
        Rechthoek(x: x - d, y: y - d, breedte: breedte + 2 * d, hoogte: hoogte + 2 * d)
    }
}

/// An sRGB colour with alpha, components 0...1.
public struct Kleur: Sendable, Hashable {
    public var r: Double
    public var g: Double
    public var b: Double
    public var a: Double

    public init(_ r: Double, _ g: Double, _ b: Double, _ a: Double = 1) {
        self.r = r
        self.g = g
        self.b = b
        self.a = a
    }

    /// From 0xRRGGBB.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(Double((hex >> 16) & 0xFF) / 255, Double((hex >> 8) & 0xFF) / 255,
                  Double(hex & 0xFF) / 255, alpha)
    }

    public func metAlpha(_ a: Double) -> Kleur { Kleur(r, g, b, a) }

    /// Relative luminance, to pick black or white text on a fill.
    public var luminantie: Double { 0.2126 * r + 0.7152 * g + 0.0722 * b }

    public var tekstKleur: Kleur { luminantie > 0.5 ? Palet.inkt : Palet.wit }
}
