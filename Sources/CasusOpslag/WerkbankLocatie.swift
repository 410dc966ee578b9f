import Foundation
import Casus

/// Which workbench a command works on, and in whose name.
public enum WerkbankLocatie {
    public static let standaardPad = "./casus-werkbank.sqlite"
    public static let omgevingsvariabele = "CASUS_WERKBANK"

    /// `--werkbank PATH`, else `CASUS_WERKBANK`, else `./casus-werkbank.sqlite`.
    public static func pad(argument: String?, omgeving: [String: String]) -> String {
        if let argument, !argument.isEmpty { return argument }
        if let uitOmgeving = omgeving[omgevingsvariabele], !uitOmgeving.isEmpty { return uitOmgeving }
        return standaardPad
    }

    /// `--door NAAM`, else the logged-in user, for the audit log.
    public static func wie(door: String?, omgeving: [String: String]) -> String {
        for kandidaat in [door, omgeving["USER"], omgeving["LOGNAME"]] {
            if let naam = kandidaat?.trimmingCharacters(in: .whitespacesAndNewlines), !naam.isEmpty {
                return naam
            }
        }
        return "onbekend"
    }
}
