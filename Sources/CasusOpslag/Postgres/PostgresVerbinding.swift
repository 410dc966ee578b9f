import Foundation
import PostgresNIO

/// One connection to a PostgreSQL server, used synchronously: the store's
/// protocol blocks its caller, so every call waits here for postgres-nio's
/// future on a private event loop. Never call it from an event-loop thread.
final class PostgresVerbinding: @unchecked Sendable {
    let adres: PostgresAdres
    private let groep: MultiThreadedEventLoopGroup
    private let verbinding: PostgresConnection
    private let logger = Logger(label: "casus.werkbank.postgres")

    private init(adres: PostgresAdres, groep: MultiThreadedEventLoopGroup, verbinding: PostgresConnection) {
        self.adres = adres
        self.groep = groep
        self.verbinding = verbinding
    }

    static func maak(_ adres: PostgresAdres) throws -> PostgresVerbinding {
        var config: PostgresConnection.Configuration
        if let map = adres.socketMap {
            config = .init(unixSocketPath: map + "/.s.PGSQL.\(adres.poort)", username: adres.gebruiker,
                           password: adres.wachtwoord, database: adres.database)
        } else {
            config = .init(host: adres.host, port: adres.poort, username: adres.gebruiker,
                           password: adres.wachtwoord, database: adres.database, tls: try tls(adres))
        }
        config.options.connectTimeout = .seconds(10)
        let groep = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            let verbinding = try PostgresConnection.connect(
                on: groep.next(), configuration: config, id: 1,
                logger: Logger(label: "casus.werkbank.postgres")).wait()
            return PostgresVerbinding(adres: adres, groep: groep, verbinding: verbinding)
        } catch {
            try? groep.syncShutdownGracefully()
            throw PostgresFouten.vertaal(error, adres: adres)
        }
    }

    /// libpq's sslmode: require encrypts without checking the certificate,
    /// verify-ca checks it against the CA, verify-full also checks the name.
    static func tls(_ adres: PostgresAdres) throws -> PostgresConnection.Configuration.TLS {
        guard adres.versleuteling != .disable else { return .disable }
        var tls = TLSConfiguration.makeClientConfiguration()
        switch adres.versleuteling {
        case .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull, .disable: tls.certificateVerification = .fullVerification
        }
        if let ca = adres.caBestand { tls.trustRoots = .file(ca) }
        do {
            let context = try NIOSSLContext(configuration: tls)
            return adres.versleuteling == .prefer ? .prefer(context) : .require(context)
        } catch {
            throw WerkbankFout.ongeldigAdres(adres: adres.weergave,
                                            detail: "de TLS-instellingen kloppen niet (sslrootcert?): \(error)")
        }
    }

    /// One statement, with `?` placeholders; waits for all its rows.
    func rijen(sql: String, arguments: [any SQLArgument]) throws -> [SQLRij] {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument.sqlWaarde {
            case .tekst(let t): binds.append(t)
            case .geheel(let n): binds.append(n)
            case .bytes(let b): binds.append(ByteBuffer(bytes: b))
            case .null: binds.appendNull()
            }
        }
        let query = PostgresQuery(unsafeSQL: Self.genummerd(sql), binds: binds)
        do {
            let uitkomst = try verbinding.query(query, logger: logger).wait()
            return uitkomst.rows.map { rij in
                SQLRij(kolommen: rij.map(\.columnName), waarden: rij.map(Self.waarde))
            }
        } catch {
            throw PostgresFouten.vertaal(error, adres: adres)
        }
    }

    func sluit() {
        try? verbinding.close().wait()
        try? groep.syncShutdownGracefully()
    }

    static func waarde(_ cel: PostgresCell) -> SQLWaarde {
        guard cel.bytes != nil else { return .null }
        switch cel.dataType {
        case .int8: return (try? cel.decode(Int64.self)).map(SQLWaarde.geheel) ?? .null
        case .int4: return (try? cel.decode(Int32.self)).map { .geheel(Int64($0)) } ?? .null
        case .int2: return (try? cel.decode(Int16.self)).map { .geheel(Int64($0)) } ?? .null
        case .bytea: return (try? cel.decode(Data.self)).map(SQLWaarde.bytes) ?? .null
        default: return (try? cel.decode(String.self)).map(SQLWaarde.tekst) ?? .null
        }
    }

    /// `?` → `$1`, `$2`, …, outside quoted literals: the store writes SQL once for both engines.
    static func genummerd(_ sql: String) -> String {
        var uit = "", n = 0, inLiteral = false
        for teken in sql {
            if teken == "'" { inLiteral.toggle() }
            if teken == "?" && !inLiteral {
                n += 1
                uit += "$\(n)"
            } else {
                uit.append(teken)
            }
        }
        return uit
    }
}
