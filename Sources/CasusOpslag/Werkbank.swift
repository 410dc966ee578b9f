import Foundation
import Casus

/// The workbench: where the casussen, every version of every format, the
/// session's annotations and corrections, and the audit log live. Either one
/// SQLite file on a laptop or a PostgreSQL database a region's facilitators
/// share (`postgres://…`); the store code above `Opslagmotor` is the same for
/// both. Opening refuses anything that is not a casus workbench, or one made
/// by a newer casus, with a clear Dutch error.
public final class Werkbank: WerkbankOpslag {
    /// `.naastHetWerk`: as `.schrijven`, but the health check (which reads the whole file:
    /// ~0.5 s for 10,000 casussen) runs beside the work; every write waits for it, and the
    /// caller calls `bevestigGezond()` before it trusts or shows what it read.
    public enum Toegang: Sendable { case schrijven, lezen, onderzoek, naastHetWerk }

    /// The location as the user may see it: the path, or the address without its password.
    public let pad: String
    public var plek: String { pad }
    let motor: any Opslagmotor
    /// Injected so tests can pin timestamps; the CLI uses the wall clock.
    let klok: @Sendable () -> Date
    /// Timelines decoded from stored analyses, by key (see `bewaardeTijdlijn`).
    let tijdlijnGeheugen = TijdlijnGeheugen()

    init(pad: String, motor: any Opslagmotor, klok: @escaping @Sendable () -> Date) {
        self.pad = pad
        self.motor = motor
        self.klok = klok
    }

    /// Opens the workbench at `pad`: a file path, or a `postgres://` address.
    /// With `maakAan`, a missing file is created first (mode 0600, before any
    /// data is written); a PostgreSQL database gets its tables.
    /// `toegang`: reading commands open a SQLite file read-only (`.lezen`); `.onderzoek`
    /// also skips the health check, for `werkbank controleer` and a forced backup.
    public static func open(pad: String, maakAan: Bool = false, toegang: Toegang = .schrijven,
                            klok: @escaping @Sendable () -> Date = { Date() }) throws(WerkbankFout) -> Werkbank {
        do {
            if let adres = try PostgresAdres(tekst: pad) {
                let motor = try PostgresMotor.open(adres, maakAan: maakAan)
                return Werkbank(pad: adres.weergave, motor: motor, klok: klok)
            }
            let motor = switch toegang {
            case .schrijven: try SQLiteMotor.open(pad: pad, maakAan: maakAan)
            case .naastHetWerk: try SQLiteMotor.open(pad: pad, maakAan: maakAan, controle: .naastHetWerk)
            case .lezen: try SQLiteMotor.openLezen(pad: pad)
            case .onderzoek: try SQLiteMotor.openLezen(pad: pad, gezondheid: false)
            }
            return Werkbank(pad: pad, motor: motor, klok: klok)
        } catch {
            throw WerkbankFout.van(error, pad: PostgresAdres.zonderWachtwoord(pad))
        }
    }

    /// One write transaction: all of it lands, or none of it. Writers take
    /// turns, so two facilitators never lose each other's work.
    func schrijf<T>(_ werk: (any SQLVerbinding) throws -> T) throws(WerkbankFout) -> T {
        do {
            return try motor.schrijf(werk)
        } catch {
            throw WerkbankFout.van(error, pad: pad)
        }
    }

    /// A consistent read of the workbench.
    func lees<T>(_ werk: (any SQLVerbinding) throws -> T) throws(WerkbankFout) -> T {
        do {
            return try motor.lees(werk)
        } catch {
            throw WerkbankFout.van(error, pad: pad)
        }
    }

    /// Throws `beschadigd` when the health check that runs beside the work (`.naastHetWerk`)
    /// found damage; waits for it. Returns at once otherwise.
    public func bevestigGezond() throws(WerkbankFout) {
        do {
            try motor.bevestigGezond()
        } catch {
            throw WerkbankFout.van(error, pad: pad)
        }
    }

    /// "ok", or the problems the engine found.
    public func integriteit() throws(WerkbankFout) -> [String] {
        do {
            return try motor.integriteit()
        } catch {
            throw WerkbankFout.van(error, pad: pad)
        }
    }

    /// The timestamp of a change, ISO 8601 in UTC.
    func nu() -> String {
        Tijdstempel.tekst(klok())
    }
}

/// ISO 8601 UTC timestamps, the same on every machine.
enum Tijdstempel {
    static func tekst(_ moment: Date) -> String {
        moment.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .gmt))
    }
}
