/// What the caller may choose about the wall.
public struct RenderOpties: Sendable, Hashable {
    public static let standaardPerMaand = 40.0
    public static let standaardDPI = 96.0

    /// Points of width per month of the period.
    public var breedtePerMaand: Double
    /// Replace every name by its role, in every output.
    public var pseudoniem: Bool
    /// Pixels per inch for PNG.
    public var dpi: Double

    public init(breedtePerMaand: Double = RenderOpties.standaardPerMaand,
                pseudoniem: Bool = false, dpi: Double = RenderOpties.standaardDPI) {
        self.breedtePerMaand = breedtePerMaand
        self.pseudoniem = pseudoniem
        self.dpi = dpi
    }
}

/// Sizes of the wall, in points; one place so the bands agree.
enum Maat {
    static let marge = 36.0
    static let kaartBreedte = 300.0
    static let kopBreedte = 190.0
    static let kolomGat = 20.0
    static let tekst = 13.0
    static let klein = 11.0
    static let kop = 16.0
    static let titel = 30.0
    static let balkHoogte = 40.0
    static let rijGat = 8.0
    static let glyph = 16.0
    static let bandGat = 18.0

    static var tijdasX: Double { marge + kaartBreedte + kolomGat + kopBreedte + kolomGat }
}
