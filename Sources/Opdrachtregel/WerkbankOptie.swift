import ArgumentParser
import Casus
import CasusOpslag
import Foundation

/// `--werkbank PATH` and `--door NAAM`, shared by every workbench command.
public struct WerkbankOptie: ParsableArguments {
    public init() {}

    @Option(name: .customLong("werkbank"),
            help: "De werkbank: een SQLite-bestand of postgres://GEBRUIKER@SERVER/DATABASE. Anders CASUS_WERKBANK, anders ./casus-werkbank.sqlite.")
    public var pad: String?

    public var gekozenPad: String {
        WerkbankLocatie.pad(argument: pad, omgeving: ProcessInfo.processInfo.environment)
    }

    /// For commands that write: refuses a damaged workbench before writing.
    public func open(maakAan: Bool = false) throws -> any WerkbankOpslag {
        try Werkbankfout.meld { try Werkbanken.open(gekozenPad, maakAan: maakAan) }
    }

    /// For commands that only read: works on a read-only file or folder, changes nothing.
    public func openLezen(toegang: Werkbank.Toegang = .lezen) throws -> any WerkbankOpslag {
        try Werkbankfout.meld { try Werkbanken.open(gekozenPad, toegang: toegang) }
    }

    public static func wie(_ door: String?) -> String {
        WerkbankLocatie.wie(door: door, omgeving: ProcessInfo.processInfo.environment)
    }
}

public enum Werkbankfout {
    /// Runs `werk`; a workbench problem is printed as one Dutch line and ends with exit code 1.
    public static func meld<T>(_ werk: () throws -> T) throws -> T {
        do {
            return try werk()
        } catch let fout as WerkbankFout {
            Uitvoer.fout(fout.melding.description)
            throw Stop.invoerProblemen
        }
    }
}
