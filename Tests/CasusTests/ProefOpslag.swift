import Foundation
import GRDB
import Testing
@testable import Casus
@testable import CasusOpslag

/// The two engines the store suite runs on. PostgreSQL needs a server:
/// `make test` starts a throwaway one and sets CASUS_TEST_POSTGRES. Without
/// it the PostgreSQL cases are left out locally, but under CI (CI=true) they
/// run and fail, so a missing server can never pass silently.
enum Motor: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let omgevingsvariabele = "CASUS_TEST_POSTGRES"

    static var postgresAdres: String? {
        ProcessInfo.processInfo.environment[omgevingsvariabele].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var verplicht: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Every engine that runs here.
    static var alle: [Motor] { postgresAdres != nil || verplicht ? allCases : [.sqlite] }

    /// Only PostgreSQL (for its own tests), same rule.
    static var alleenPostgres: [Motor] { postgresAdres != nil || verplicht ? [.postgres] : [] }
}

/// A fresh, empty workbench location for one test: a file in a temporary
/// folder, or a new database on the test server; both removed afterwards.
final class ProefOpslag {
    let map = TijdelijkeMap()
    let motor: Motor
    /// What `--werkbank` gets: a path or a postgres:// address.
    let adres: String
    private let database: String?

    init(_ motor: Motor, naam: String = "wb.sqlite") throws {
        self.motor = motor
        switch motor {
        case .sqlite:
            adres = map.bestand(naam)
            database = nil
        case .postgres:
            let (adres, database) = try ProefServer.nieuweDatabase()
            self.adres = adres
            self.database = database
        }
    }

    func open(maakAan: Bool = true) throws -> Werkbank {
        try Werkbank.open(pad: adres, maakAan: maakAan)
    }

    deinit {
        if let database { ProefServer.verwijder(database) }
    }
}

/// The PostgreSQL server of the test run, reached through CASUS_TEST_POSTGRES.
enum ProefServer {
    static func beheer() throws -> PostgresVerbinding {
        guard let tekst = Motor.postgresAdres else {
            throw WerkbankFout.ongeldig(
                "CI=true maar \(Motor.omgevingsvariabele) ontbreekt: start de tests met `make test` (scripts/met-postgres.sh)")
        }
        guard let adres = try PostgresAdres(tekst: tekst) else {
            throw WerkbankFout.ongeldig("\(Motor.omgevingsvariabele) is geen postgres://-adres")
        }
        return try PostgresVerbinding.maak(adres)
    }

    /// A new empty database; returns its address (with password) and name.
    static func nieuweDatabase() throws -> (String, String) {
        let beheer = try beheer()
        defer { beheer.sluit() }
        let naam = "casus_proef_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        _ = try beheer.rijen(sql: "CREATE DATABASE \(naam)", arguments: [])
        var delen = URLComponents(string: Motor.postgresAdres ?? "")
        delen?.path = "/" + naam
        return (delen?.string ?? "", naam)
    }

    static func verwijder(_ database: String) {
        guard let beheer = try? beheer() else { return }
        _ = try? beheer.rijen(sql: "DROP DATABASE IF EXISTS \(database) WITH (FORCE)", arguments: [])
        beheer.sluit()
    }
}

extension Werkbank {
    /// The SQLite pool behind a file workbench, for tests of SQLite itself.
    var pool: any DatabaseWriter {
        get throws {
            guard let motor = motor as? SQLiteMotor else {
                throw WerkbankFout.ongeldig("deze test vraagt een SQLite-werkbank")
            }
            return motor.pool
        }
    }
}
