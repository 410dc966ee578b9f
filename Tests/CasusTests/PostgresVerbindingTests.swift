import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag

/// Connecting to PostgreSQL: the address, and a Dutch error for each way it
/// fails (wrong password, no server, unreachable, no database), never with
/// the password in it.
@Suite struct PostgresVerbindingTests {
    @Test func eenAdresWordtGelezenEnGetoondZonderWachtwoord() throws {
        let adres = try #require(try PostgresAdres(tekst: "postgres://petra:geheim%21@regio.example:6543/casus_twente"))
        #expect(adres.gebruiker == "petra")
        #expect(adres.wachtwoord == "geheim!")
        #expect(adres.host == "regio.example")
        #expect(adres.poort == 6543)
        #expect(adres.database == "casus_twente")
        #expect(adres.weergave == "postgres://petra@regio.example:6543/casus_twente")
        #expect(!adres.weergave.contains("geheim"))
    }

    @Test func hetWachtwoordMagUitPGPASSWORDKomen() throws {
        let adres = try #require(try PostgresAdres(tekst: "postgresql://petra@regio/casus", omgeving: ["PGPASSWORD": "uit-omgeving"]))
        #expect(adres.wachtwoord == "uit-omgeving")
        #expect(adres.poort == 5432)
    }

    @Test func eenSocketMapInPlaatsVanEenServer() throws {
        let adres = try #require(try PostgresAdres(tekst: "postgres://petra@/casus?host=/var/run/postgresql"))
        #expect(adres.socketMap == "/var/run/postgresql")
        #expect(adres.weergave == "postgres://petra@/casus?host=/var/run/postgresql")
    }

    @Test func eenPadIsGeenAdres() throws {
        #expect(try PostgresAdres(tekst: "./casus-werkbank.sqlite") == nil)
        #expect(try PostgresAdres(tekst: "postgres.sqlite") == nil)
    }

    @Test(arguments: [
        ("postgres://regio.example/casus", "gebruikersnaam ontbreekt"),
        ("postgres://petra:x@regio.example", "naam van de database ontbreekt"),
        ("postgres://petra:x@regio.example/", "naam van de database ontbreekt"),
    ]) func eenOnvolledigAdresGeeftEenNederlandseFout(tekst: String, verwacht: String) {
        do {
            _ = try PostgresAdres(tekst: tekst)
            Issue.record("\(tekst) werd geaccepteerd")
        } catch {
            #expect("\(error)".contains(verwacht), "\(error)")
            #expect("\(error)".contains("fout: dit PostgreSQL-adres klopt niet"))
            #expect(!"\(error)".contains(":x@"))
        }
    }

    @Test func vraagtekensWordenGenummerdBuitenTekstLetterlijk() {
        #expect(PostgresVerbinding.genummerd("SELECT ? , 'a?b', ?") == "SELECT $1 , 'a?b', $2")
    }

    @Test func geenServerOpDiePoort() throws {
        // Port 1 on loopback: nothing listens, the kernel refuses at once.
        let fout = verbindingsfout("postgres://casus:x@127.0.0.1:1/casus")
        #expect(fout?.melding.description.contains("er draait geen PostgreSQL-server op dit adres") == true, "\(String(describing: fout))")
    }

    @Test func eenOnbekendeServerIsOnbereikbaar() throws {
        let fout = verbindingsfout("postgres://casus:x@casus-bestaat-niet.invalid/casus")
        #expect(fout?.melding.description.contains("de PostgreSQL-server is niet bereikbaar") == true, "\(String(describing: fout))")
    }

    @Test(arguments: Motor.alleenPostgres) func eenVerkeerdWachtwoordWordtGeweigerd(motor: Motor) throws {
        var delen = try #require(URLComponents(string: try beheerAdres()))
        delen.password = "helemaal-fout"
        let fout = verbindingsfout(try #require(delen.string))
        guard case .toegangGeweigerd(let adres, let gebruiker) = fout else {
            Issue.record("verwacht toegangGeweigerd, kreeg \(String(describing: fout))")
            return
        }
        #expect(gebruiker == delen.user)
        #expect(!adres.contains("helemaal-fout"))
        #expect(fout?.melding.description.contains("wachtwoord of gebruikersnaam klopt niet") == true)
    }

    @Test(arguments: Motor.alleenPostgres) func eenOntbrekendeDatabase(motor: Motor) throws {
        var delen = try #require(URLComponents(string: try beheerAdres()))
        delen.path = "/bestaat_niet_\(UInt32.random(in: 0...UInt32.max))"
        let fout = verbindingsfout(try #require(delen.string))
        guard case .databaseOntbreekt = fout else {
            Issue.record("verwacht databaseOntbreekt, kreeg \(String(describing: fout))")
            return
        }
    }

    @Test(arguments: Motor.alleenPostgres) func eenLegeDatabaseZonderInitIsNogGeenWerkbank(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let fout = verbindingsfout(opslag.adres)
        guard case .bestaatNiet = fout else {
            Issue.record("verwacht bestaatNiet, kreeg \(String(describing: fout))")
            return
        }
        #expect(fout?.melding.description.contains("casus werkbank init") == true)
    }

    func beheerAdres() throws -> String {
        try #require(Motor.postgresAdres, "CI=true maar \(Motor.omgevingsvariabele) ontbreekt; start met `make test`")
    }

    /// The error of opening `adres`, nil when it opened.
    func verbindingsfout(_ adres: String) -> WerkbankFout? {
        do {
            _ = try Werkbank.open(pad: adres)
            return nil
        } catch let fout {
            // Typed throws: every workbench failure is a WerkbankFout.
            return fout
        }
    }
}
