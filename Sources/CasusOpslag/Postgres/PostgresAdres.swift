import Foundation

/// A `postgres://GEBRUIKER[:WACHTWOORD]@HOST[:POORT]/DATABASE` address, as
/// libpq writes it. `?host=/map` reaches the server through its Unix socket
/// in that folder. Without a password in the address, `PGPASSWORD` is used,
/// so the password need not sit in shell history or in CASUS_WERKBANK.
/// `?sslmode=` as libpq: the data is about children, so a server that is not
/// on this machine is reached over TLS with its certificate checked unless
/// the address says otherwise; `?sslrootcert=PAD` names the region's CA.
struct PostgresAdres: Sendable, Hashable {
    enum Versleuteling: String, Sendable, Hashable, CaseIterable {
        case disable, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    var gebruiker: String
    var wachtwoord: String?
    var host: String
    var poort: Int
    var database: String
    /// The folder holding the server's socket, instead of host and port.
    var socketMap: String?
    var versleuteling: Versleuteling
    var caBestand: String?

    static func isAdres(_ tekst: String) -> Bool {
        tekst.hasPrefix("postgres://") || tekst.hasPrefix("postgresql://")
    }

    /// nil when `tekst` is not a PostgreSQL address (it is then a file path).
    init?(tekst: String, omgeving: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isAdres(tekst) else { return nil }
        guard let delen = URLComponents(string: tekst) else {
            throw WerkbankFout.ongeldigAdres(adres: Self.zonderWachtwoord(tekst),
                                            detail: "dit is geen geldig adres")
        }
        let socket = delen.queryItems?.first { $0.name == "host" }?.value
        let database = String(delen.percentEncodedPath.dropFirst()).removingPercentEncoding ?? ""
        guard let gebruiker = delen.user, !gebruiker.isEmpty else {
            throw WerkbankFout.ongeldigAdres(adres: Self.zonderWachtwoord(tekst),
                                            detail: "de gebruikersnaam ontbreekt (postgres://GEBRUIKER@HOST/DATABASE)")
        }
        guard !database.isEmpty, !database.contains("/") else {
            throw WerkbankFout.ongeldigAdres(adres: Self.zonderWachtwoord(tekst),
                                            detail: "de naam van de database ontbreekt (postgres://GEBRUIKER@HOST/DATABASE)")
        }
        let host = delen.host ?? ""
        guard !host.isEmpty || socket?.hasPrefix("/") == true else {
            throw WerkbankFout.ongeldigAdres(adres: Self.zonderWachtwoord(tekst),
                                            detail: "de server ontbreekt (postgres://GEBRUIKER@HOST/DATABASE)")
        }
        self.gebruiker = gebruiker
        self.wachtwoord = delen.password ?? omgeving["PGPASSWORD"]
        self.host = host.isEmpty ? "localhost" : host
        self.poort = delen.port ?? 5432
        self.database = database
        self.socketMap = socket?.hasPrefix("/") == true ? socket : nil
        self.caBestand = delen.queryItems?.first { $0.name == "sslrootcert" }?.value
        versleuteling = .disable
        if let modus = delen.queryItems?.first(where: { $0.name == "sslmode" })?.value {
            guard let gekozen = Versleuteling(rawValue: modus) else {
                throw WerkbankFout.ongeldigAdres(
                    adres: Self.zonderWachtwoord(tekst),
                    detail: "sslmode '\(modus)' bestaat niet; kies uit \(Versleuteling.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            versleuteling = gekozen
        } else {
            versleuteling = standaardVersleuteling
        }
    }

    /// Safe to print and to log: never the password.
    var weergave: String {
        var uit = "postgres://\(gebruiker)@\(socketMap == nil ? host : "")"
        if socketMap == nil && poort != 5432 { uit += ":\(poort)" }
        uit += "/\(database)"
        var opties: [String] = []
        if let socketMap { opties.append("host=\(socketMap)") }
        if versleuteling != standaardVersleuteling {
            opties.append("sslmode=\(versleuteling.rawValue)")
        }
        if !opties.isEmpty { uit += "?" + opties.joined(separator: "&") }
        return uit
    }

    var isLokaal: Bool {
        socketMap != nil || ["localhost", "127.0.0.1", "::1", "[::1]"].contains(host)
    }

    /// No TLS on this machine, checked TLS to any other.
    var standaardVersleuteling: Versleuteling { isLokaal ? .disable : .verifyFull }

    /// Best effort for addresses too broken to parse: drop what sits between ':' and '@'.
    static func zonderWachtwoord(_ tekst: String) -> String {
        tekst.replacingOccurrences(of: #"(://[^:/@]*):[^@]*@"#, with: "$1@", options: .regularExpression)
    }
}
