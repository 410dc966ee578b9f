import Foundation

/// The closed vocabularies of tijdlijn-format/1. Raw values are exactly the spec's words.

public protocol Vocabulaire: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String {
    /// The value a person wrote, or nil. Exactly the spec's word, unless a
    /// vocabulary accepts more (Thema: as people write it).
    static func gelezen(_ tekst: String) -> Self?
}

extension Vocabulaire {
    /// The allowed values, for error messages.
    public static var toegestaan: [String] { allCases.map(\.rawValue) }

    public static func gelezen(_ tekst: String) -> Self? { Self(rawValue: tekst) }
}

public enum GezinslidRol: String, Vocabulaire {
    case moeder, vader, kind, stiefouder
    case nieuwePartner = "nieuwe-partner"
    case grootouder, overig
}

public enum Invloed: String, Vocabulaire {
    case steunend, escalerend, wisselend, onbekend
}

public enum GebeurtenisSoort: String, Vocabulaire {
    case gebeurtenis, scheiding, verhuizing, melding, rechtszaak, uitspraak, incident
    case school, gezondheid, contactbreuk, contactherstel
}

public enum Veiligheid: String, Vocabulaire {
    case zorg
    case geenZorg = "geen-zorg"
    case onbekend
}

public enum InterventieSoort: String, Vocabulaire {
    case communicatie
    case gezamenlijkOuderschap = "gezamenlijk-ouderschap"
    case mediation
    case parallelOuderschap = "parallel-ouderschap"
    case individueel, kind, omgang, diagnostiek, netwerk, overig

    /// "Together-help" in patronen.md: help that puts both parents at one table.
    public var isSamenHulp: Bool {
        self == .communicatie || self == .gezamenlijkOuderschap || self == .mediation
    }
}

public enum Afloop: String, Vocabulaire {
    case doelBereikt = "doel-bereikt"
    case deels
    case nietGelukt = "niet-gelukt"
    case voortijdigGestopt = "voortijdig-gestopt"
    case lopend, onbekend
}

public enum InterventieOverdracht: String, Vocabulaire {
    case terugNaarRegie = "terug-naar-regie"
    case warmeOverdracht = "warme-overdracht"
    case geen
}

public enum Kader: String, Vocabulaire {
    case vrijwillig, gedwongen
}

public enum Maatregel: String, Vocabulaire {
    case raadsonderzoek
    case voorlopigeOts = "voorlopige-ots"
    case ots
    case verlengingOts = "verlenging-ots"
    case gezagsbeeindiging, uithuisplaatsing
    case bijzondereCurator = "bijzondere-curator"
    case eindeOts = "einde-ots"
    case overig
}

public enum KaderReden: String, Vocabulaire {
    case onveiligheid, machteloosheid, anders, onbekend
}

public enum RegieOverdracht: String, Vocabulaire {
    case warm, koud, onbekend
}

public enum AnnotatieSoort: String, Vocabulaire {
    case smiley, sadney
}

/// The six themes of the Twente analyses' common threads.
public enum Thema: String, Vocabulaire {
    case kinderen, dogmas
    case familieEnVrienden = "familie-en-vrienden"
    case professionals, processen, dynamieken

    /// As people write it: `Dogma's`, `dogma’s`, `Kinderen`, `familie en vrienden`
    /// all name their thema (case, accents, apostrophes, spaces and dashes do not count).
    public static func gelezen(_ tekst: String) -> Thema? {
        let kern = tekst.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .filter { $0.isLetter || $0.isNumber || $0.isWhitespace || $0 == "-" || $0 == "_" }
        let woorden = kern.split { $0.isWhitespace || $0 == "-" || $0 == "_" }
        return Thema(rawValue: woorden.joined(separator: "-"))
    }
}
