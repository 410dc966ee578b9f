import Foundation
import PostgresNIO

/// postgres-nio's errors in words a facilitator understands: a wrong
/// password, no server at that address, a server out of reach, a missing
/// database; anything else as the server's own message.
enum PostgresFouten {
    static func vertaal(_ fout: any Error, adres: PostgresAdres) -> WerkbankFout {
        if let eigen = fout as? WerkbankFout { return eigen }
        let plek = adres.weergave
        guard let psql = fout as? PSQLError else {
            return verbindingsfout(fout, adres: adres) ?? .database(pad: plek, detail: String(describing: fout))
        }
        if psql.code == .server {
            let staat = psql.serverInfo?[.sqlState] ?? ""
            let bericht = psql.serverInfo?[.message] ?? "onbekende fout van de server"
            switch staat {
            case "28P01", "28000": return .toegangGeweigerd(adres: plek, gebruiker: adres.gebruiker)
            case "3D000": return .databaseOntbreekt(adres: plek, database: adres.database)
            case "57P01", "57P02", "57P03": return .geenServer(adres: plek, detail: "de server stopt of start net")
            case "42501": return .geenRecht(adres: plek, detail: bericht)
            case "53300": return .database(pad: plek, detail: "de server heeft geen verbindingen meer vrij")
            case "53100": return .database(pad: plek, detail: "de schijf van de server is vol")
            case "40001", "40P01": return .database(pad: plek, detail: "een ander schreef tegelijk; probeer het opnieuw")
            // Our own trigger and checks speak Dutch already; other texts are the server's.
            case "23001": return .database(pad: plek, detail: bericht)
            default: return .database(pad: plek, detail: "de server meldt: \(bericht)")
            }
        }
        if psql.code == .authMechanismRequiresPassword {
            return .toegangGeweigerd(adres: plek, gebruiker: adres.gebruiker)
        }
        if psql.code == .sslUnsupported {
            return .onbereikbaar(adres: plek, detail: "de server biedt geen versleutelde verbinding (TLS) aan; alleen op een vertrouwd netwerk: ?sslmode=disable")
        }
        if psql.underlying is NIOSSLError || psql.underlying is BoringSSLError {
            return .onbereikbaar(adres: plek, detail: "het TLS-certificaat van de server wordt niet vertrouwd; geef de CA van de regio mee met ?sslrootcert=PAD")
        }
        if psql.code == .serverClosedConnection || psql.code == .uncleanShutdown {
            return .geenServer(adres: plek, detail: "de server verbrak de verbinding")
        }
        if let onder = psql.underlying, let vertaald = verbindingsfout(onder, adres: adres) {
            return vertaald
        }
        return .onbereikbaar(adres: plek, detail: String(describing: psql.code))
    }

    /// Connection refused (or no socket file): nothing listens there. A
    /// timeout, an unknown name or no route: the server cannot be reached.
    static func verbindingsfout(_ fout: any Error, adres: PostgresAdres) -> WerkbankFout? {
        let plek = adres.weergave
        if let io = fout as? IOError {
            if io.errnoCode == ECONNREFUSED || io.errnoCode == ENOENT {
                return .geenServer(adres: plek, detail: "verbinding geweigerd")
            }
            return .onbereikbaar(adres: plek, detail: String(cString: strerror(io.errnoCode)))
        }
        if let samen = fout as? NIOConnectionError {
            if let eerste = samen.connectionErrors.first, let vertaald = verbindingsfout(eerste.error, adres: adres) {
                return vertaald
            }
            return .onbereikbaar(adres: plek, detail: "servernaam '\(adres.host)' onbekend of geen route")
        }
        if let kanaal = fout as? ChannelError, case .connectTimeout = kanaal {
            return .onbereikbaar(adres: plek, detail: "geen antwoord binnen 10 seconden")
        }
        return nil
    }
}
