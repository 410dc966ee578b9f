import ArgumentParser
import Casus
import Foundation

/// `--werkbank PATH` and `--door NAAM`, shared by every workbench command.
struct WerkbankOptie: ParsableArguments {
    @Option(name: .customLong("werkbank"),
            help: "De werkbank: een SQLite-bestand of postgres://GEBRUIKER@SERVER/DATABASE. Anders CASUS_WERKBANK, anders ./casus-werkbank.sqlite.")
    var pad: String?

    var gekozenPad: String {
        WerkbankLocatie.pad(argument: pad, omgeving: ProcessInfo.processInfo.environment)
    }

    func open(maakAan: Bool = false) throws -> Werkbank {
        try Werkbankfout.meld { try Werkbank.open(pad: gekozenPad, maakAan: maakAan) }
    }

    static func wie(_ door: String?) -> String {
        WerkbankLocatie.wie(door: door, omgeving: ProcessInfo.processInfo.environment)
    }
}

enum Werkbankfout {
    /// Runs `werk`; a workbench problem is printed as one Dutch line and ends with exit code 1.
    static func meld<T>(_ werk: () throws -> T) throws -> T {
        do {
            return try werk()
        } catch let fout as WerkbankFout {
            Uitvoer.fout(fout.melding.description)
            throw Stop.invoerProblemen
        }
    }
}
