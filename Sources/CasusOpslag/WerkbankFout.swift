import Foundation
import GRDB
import Casus

/// Everything that can go wrong with the workbench itself, in words a
/// facilitator understands. Problems in the formats stay `Melding`s.
public enum WerkbankFout: Error, Sendable, Equatable, CustomStringConvertible {
    case bestaatNiet(pad: String)
    case geenDatabase(pad: String)
    case beschadigd(pad: String, detail: String)
    case geenCasusWerkbank(pad: String)
    case nieuwereVersie(pad: String, onbekend: [String])
    case nietTeOpenen(pad: String, detail: String)
    case onbekendeCasus(String, bekend: [String])
    case onbekendItem(casus: String, item: String, suggestie: String?)
    /// A correction the merge could not apply; nothing was stored.
    case correctieOnmogelijk(casus: String, reden: String)
    case onbekendeAnnotatie(casus: String, nummer: Int64)
    case onbekendeCorrectie(casus: String, nummer: Int64)
    case onbekendeBron(casus: String, bron: String, bekend: [String])
    case onbekendeVersie(casus: String, bron: String, versie: Int, bekend: [Int])
    case bestaatAl(pad: String)
    case ongeldig(String)
    case database(pad: String, detail: String)
    case ongeldigAdres(adres: String, detail: String)
    case geenServer(adres: String, detail: String)
    case onbereikbaar(adres: String, detail: String)
    case toegangGeweigerd(adres: String, gebruiker: String)
    case databaseOntbreekt(adres: String, database: String)
    case nietLeeg(pad: String)
    case geenRecht(adres: String, detail: String)

    public var description: String {
        melding.description
    }

    /// The same problem as a `Melding`, so commands print every problem alike.
    public var melding: Melding {
        switch self {
        case .bestaatNiet(let pad):
            return .fout("er is hier nog geen werkbank", pad: pad,
                         hint: "maak er een met `casus werkbank init`, of wijs een andere aan met --werkbank of CASUS_WERKBANK")
        case .geenDatabase(let pad):
            return .fout("dit bestand is geen SQLite-database en dus geen casus-werkbank", pad: pad,
                         hint: "controleer het pad (--werkbank of CASUS_WERKBANK); het bestand is niet aangeraakt")
        case .beschadigd(let pad, let detail):
            return .fout("de werkbank is beschadigd (\(detail))", pad: pad,
                         hint: "zet de laatste backup terug (`casus backup` maakt er een); het bestand is niet aangeraakt")
        case .geenCasusWerkbank(let pad):
            return .fout("dit is een SQLite-database, maar geen casus-werkbank", pad: pad,
                         hint: "kies een ander pad met --werkbank of CASUS_WERKBANK")
        case .nieuwereVersie(let pad, let onbekend):
            return .fout("deze werkbank is gemaakt door een nieuwere versie van casus (onbekende migraties: \(onbekend.joined(separator: ", ")))",
                         pad: pad, hint: "werk casus bij; deze versie laat de werkbank ongemoeid")
        case .nietTeOpenen(let pad, let detail):
            return .fout("de werkbank kan niet worden geopend: \(detail)", pad: pad,
                         hint: "controleer het pad en de rechten op het bestand en de map")
        case .onbekendeCasus(let casus, let bekend):
            let hint = bekend.isEmpty
                ? "de werkbank is nog leeg; importeer eerst met `casus importeer MAP`"
                : "bekende casussen: \(bekend.joined(separator: ", "))"
            return .fout("casus '\(casus)' staat niet in de werkbank", pad: casus, hint: hint)
        case .onbekendItem(let casus, let item, let suggestie):
            return .fout("item '\(item)' bestaat niet in de tijdlijn van casus '\(casus)'", pad: casus,
                         hint: suggestie.map { "bedoel je '\($0)'?" } ?? "`casus toon \(casus)` laat de item-ids zien")
        case .correctieOnmogelijk(let casus, let reden):
            return .fout("deze correctie kan niet: \(reden)", pad: casus,
                         hint: "er is niets opgeslagen; `casus toon \(casus)` laat de items met hun code en bronnen zien")
        case .onbekendeAnnotatie(let casus, let nummer):
            return .fout("annotatie #\(nummer) bestaat niet in casus '\(casus)'", pad: casus,
                         hint: "`casus annotaties \(casus)` laat de nummers zien")
        case .onbekendeCorrectie(let casus, let nummer):
            return .fout("correctie #\(nummer) bestaat niet in casus '\(casus)'", pad: casus,
                         hint: "`casus toon \(casus)` laat de correcties met hun nummers zien")
        case .onbekendeBron(let casus, let bron, let bekend):
            return .fout("bron '\(bron)' staat niet in casus '\(casus)'", pad: casus,
                         hint: "bekende bronnen: \(bekend.joined(separator: ", "))")
        case .onbekendeVersie(let casus, let bron, let versie, let bekend):
            return .fout("bron '\(bron)' van casus '\(casus)' heeft geen versie \(versie)", pad: casus,
                         hint: "bewaarde versies: \(bekend.map(String.init).joined(separator: ", "))")
        case .bestaatAl(let pad):
            return .fout("hier staat al een bestand; dat wordt niet overschreven", pad: pad,
                         hint: "kies een ander pad of verwijder het bestand eerst")
        case .ongeldig(let bericht):
            return .fout(bericht, pad: "werkbank")
        case .database(let pad, let detail):
            return .fout("de werkbank gaf een fout: \(detail)", pad: pad,
                         hint: "probeer het opnieuw; blijft het, controleer de werkbank met `casus werkbank controleer`")
        case .ongeldigAdres(let adres, let detail):
            return .fout("dit PostgreSQL-adres klopt niet: \(detail)", pad: adres,
                         hint: "schrijf het als postgres://GEBRUIKER@SERVER:5432/DATABASE (zie docs/postgresql.md)")
        case .geenServer(let adres, let detail):
            return .fout("er draait geen PostgreSQL-server op dit adres (\(detail))", pad: adres,
                         hint: "controleer de server en de poort in het adres, of vraag de beheerder van de regio-server of PostgreSQL draait")
        case .onbereikbaar(let adres, let detail):
            return .fout("de PostgreSQL-server is niet bereikbaar (\(detail))", pad: adres,
                         hint: "controleer de netwerkverbinding (VPN?) en de servernaam in het adres")
        case .toegangGeweigerd(let adres, let gebruiker):
            return .fout("de server weigert gebruiker '\(gebruiker)': wachtwoord of gebruikersnaam klopt niet", pad: adres,
                         hint: "controleer het wachtwoord (in PGPASSWORD of in het adres) en de gebruikersnaam; de beheerder kan ze herstellen")
        case .databaseOntbreekt(let adres, let database):
            return .fout("database '\(database)' bestaat niet op de server", pad: adres,
                         hint: "laat de beheerder haar aanmaken (docs/postgresql.md) en maak daarna de werkbank met `casus werkbank init`")
        case .geenRecht(let adres, let detail):
            return .fout("je gebruiker heeft op de server niet het recht hiervoor (\(detail))", pad: adres,
                         hint: "vraag de beheerder om de rechten uit docs/postgresql.md, of om `casus werkbank init` als eigenaar te draaien na een nieuwe versie van casus")
        case .nietLeeg(let pad):
            return .fout("deze werkbank is niet leeg; kopiëren gaat alleen naar een lege werkbank", pad: pad,
                         hint: "kies een nieuwe werkbank als doel, zodat niets wordt overschreven of vermengd")
        }
    }

    /// Turns SQLite's errors into one of ours; a non-database or a corrupt
    /// file must never reach the user as a stack trace.
    static func van(_ fout: any Error, pad: String) -> WerkbankFout {
        if let eigen = fout as? WerkbankFout { return eigen }
        guard let db = fout as? DatabaseError else {
            return .database(pad: pad, detail: String(describing: fout))
        }
        // SQLite's own messages are English: the user gets ours.
        switch db.resultCode {
        case .SQLITE_NOTADB:
            return .geenDatabase(pad: pad)
        case .SQLITE_CORRUPT:
            return .beschadigd(pad: pad, detail: "SQLite vond een fout in de opbouw van het bestand")
        case .SQLITE_READONLY:
            return .nietTeOpenen(pad: pad, detail: "het bestand of de map is alleen-lezen en dit commando schrijft in de werkbank")
        case .SQLITE_CANTOPEN:
            return .nietTeOpenen(pad: pad, detail: "SQLite kan het bestand niet openen")
        case .SQLITE_PERM, .SQLITE_AUTH:
            return .nietTeOpenen(pad: pad, detail: "geen toestemming")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .database(pad: pad, detail: "de werkbank is te lang bezet door een ander proces")
        case .SQLITE_FULL:
            return .database(pad: pad, detail: "de schijf is vol")
        case .SQLITE_CONSTRAINT where db.extendedResultCode == .SQLITE_CONSTRAINT_TRIGGER:
            // Our own triggers speak Dutch (the log that can only be added to).
            return .database(pad: pad, detail: db.message ?? "niet toegestaan")
        case .SQLITE_IOERR:
            return .database(pad: pad, detail: "lees- of schrijffout op de schijf")
        default:
            return .database(pad: pad, detail: "SQLite-foutcode \(db.extendedResultCode.rawValue)")
        }
    }
}
