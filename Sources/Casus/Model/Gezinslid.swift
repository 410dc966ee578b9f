/// A family member as one professional knows them: the portrait on the wallpaper.
public struct Gezinslid: Sendable, Hashable, Codable {
    public var id: String
    public var rol: GezinslidRol
    public var naam: String?
    public var geboren: Datum?
    public var eigenheid: String?
    public var blijVan: String?
    public var mechanisme: String?

    public init(id: String, rol: GezinslidRol, naam: String? = nil, geboren: Datum? = nil,
                eigenheid: String? = nil, blijVan: String? = nil, mechanisme: String? = nil) {
        self.id = id
        self.rol = rol
        self.naam = naam
        self.geboren = geboren
        self.eigenheid = eigenheid
        self.blijVan = blijVan
        self.mechanisme = mechanisme
    }

    enum CodingKeys: String, CodingKey {
        case id, rol, naam, geboren, eigenheid, mechanisme
        case blijVan = "blij_van"
    }
}

/// Family and friends around the family.
public struct Netwerklid: Sendable, Hashable, Codable {
    public var id: String
    public var rol: String
    public var naam: String?
    public var invloed: Invloed
    public var toelichting: String?

    public init(id: String, rol: String, naam: String? = nil, invloed: Invloed = .onbekend,
                toelichting: String? = nil) {
        self.id = id
        self.rol = rol
        self.naam = naam
        self.invloed = invloed
        self.toelichting = toelichting
    }
}
