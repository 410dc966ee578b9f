import Casus

/// Colours of the wallpaper. Based on Okabe–Ito and Paul Tol's colour-blind-safe sets;
/// every colour coding is backed by text or shape so no meaning rests on colour alone.
public enum Palet {
    public static let inkt = Kleur(hex: 0x1A1A1A)
    public static let wit = Kleur(hex: 0xFFFFFF)
    public static let papier = Kleur(hex: 0xFFFFFF)
    public static let grijs = Kleur(hex: 0x6B6B6B)
    public static let lichtGrijs = Kleur(hex: 0xD9D9D9)
    public static let baanA = Kleur(hex: 0xF4F4F1)
    public static let baanB = Kleur(hex: 0xFFFFFF)
    public static let zorg = Kleur(hex: 0xC0171D)
    public static let waarschuwing = Kleur(hex: 0xF2B705)
    public static let smiley = Kleur(hex: 0x1B9E3E)
    public static let sadney = Kleur(hex: 0x2B5BA8)
    public static let vrijwillig = Kleur(hex: 0xDCEFD9)
    public static let gedwongen = Kleur(hex: 0xB2182B)
    public static let regieA = Kleur(hex: 0xC9DDF0)
    public static let regieB = Kleur(hex: 0xE3D7EC)
    public static let gemeentewissel = Kleur(hex: 0x8E0F8F)
    public static let patroon = Kleur(hex: 0x5A3E99)
    /// What the session added: the yellow of a sticky note, with a darker edge and heading.
    public static let sessieVlak = Kleur(hex: 0xFFF4C2)
    public static let sessieRand = Kleur(hex: 0xD9A400)
    public static let sessieKop = Kleur(hex: 0x7A5200)

    /// A principle's outcome in visie toetsen (always with its word beside it).
    public static func oordeel(_ oordeel: Oordeel?) -> Kleur {
        switch oordeel {
        case .wel: Kleur(hex: 0x1B7837)
        case .deels: Kleur(hex: 0xE69F00)
        case .niet: Kleur(hex: 0xC0171D)
        case .onbekend, nil: Kleur(hex: 0x9A9A9A)
        }
    }

    public static func interventie(_ soort: InterventieSoort) -> Kleur {
        switch soort {
        case .communicatie: Kleur(hex: 0x56B4E9)
        case .gezamenlijkOuderschap: Kleur(hex: 0x0072B2)
        case .mediation: Kleur(hex: 0x009E73)
        case .parallelOuderschap: Kleur(hex: 0xE69F00)
        case .individueel: Kleur(hex: 0xCC79A7)
        case .kind: Kleur(hex: 0xF0E442)
        case .omgang: Kleur(hex: 0xD55E00)
        case .diagnostiek: Kleur(hex: 0x999999)
        case .netwerk: Kleur(hex: 0x44AA99)
        case .overig: Kleur(hex: 0xCFCFCF)
        }
    }

    public static func gebeurtenis(_ soort: GebeurtenisSoort) -> Kleur {
        switch soort {
        case .gebeurtenis: Kleur(hex: 0x555555)
        case .scheiding: Kleur(hex: 0x882255)
        case .verhuizing: Kleur(hex: 0x117733)
        case .melding: Kleur(hex: 0xCC6677)
        case .rechtszaak: Kleur(hex: 0x332288)
        case .uitspraak: Kleur(hex: 0x332288)
        case .incident: Kleur(hex: 0xAA4499)
        case .school: Kleur(hex: 0x44AA99)
        case .gezondheid: Kleur(hex: 0x88CCEE)
        case .contactbreuk: Kleur(hex: 0x999933)
        case .contactherstel: Kleur(hex: 0x117733)
        }
    }

    public static func afloop(_ afloop: Afloop) -> Kleur {
        switch afloop {
        case .doelBereikt: Kleur(hex: 0x1B7837)
        case .deels: Kleur(hex: 0x7F7F00)
        case .nietGelukt: Kleur(hex: 0xC0171D)
        case .voortijdigGestopt: Kleur(hex: 0xC0171D)
        case .lopend, .onbekend: inkt
        }
    }

    public static func invloed(_ invloed: Invloed) -> Kleur {
        switch invloed {
        case .steunend: Kleur(hex: 0x1B7837)
        case .escalerend: Kleur(hex: 0xC0171D)
        case .wisselend: Kleur(hex: 0xE69F00)
        case .onbekend: grijs
        }
    }
}
