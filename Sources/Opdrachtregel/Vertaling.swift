import Foundation

/// ArgumentParser speaks English; facilitators read Dutch. Its fixed phrases are
/// translated here, the one place its help and usage errors are printed.
public enum Vertaling {
    static let vast: [(String, String)] = [
        ("OVERVIEW:", "OVERZICHT:"), ("USAGE:", "GEBRUIK:"), ("ARGUMENTS:", "ARGUMENTEN:"),
        ("OPTIONS:", "OPTIES:"), ("SUBCOMMANDS:", "COMMANDO'S:"),
        ("Show the version.", "Toon de versie."), ("Show help information.", "Toon deze hulp."),
        ("(default: ", "(standaard: "), ("<subcommand>", "<commando>"),
        ("See 'casus help <subcommand>' for detailed help.", "Zie 'casus help <commando>' voor uitgebreide hulp."),
    ]

    static let patronen: [(String, String)] = [
        ("^Missing expected argument '(.+)'$", "argument $1 ontbreekt"),
        ("^Missing value for '(.+)'$", "waarde ontbreekt bij $1"),
        ("^Missing one of: (.+)$", "kies één van: $1"),
        ("^Unknown option '(.+)'\\. Did you mean '(.+)'\\?$", "onbekende optie $1; bedoelde je $2?"),
        ("^Unknown option '(.+)'$", "onbekende optie $1"),
        ("^Unexpected argument '(.+)'$", "onverwacht argument $1"),
        ("^Unexpected arguments? (.+)$", "onverwachte argumenten $1"),
        ("^(\\d+) unexpected arguments: (.+)$", "$1 onverwachte argumenten: $2"),
        ("^The value '(.+)' is invalid for '(.+)'(.*)$", "ongeldige waarde $1 voor $2$3"),
        ("^Value to be set with flag '(.+)' had already been set with flag '(.+)'$", "$1 en $2 gaan niet samen"),
    ]

    /// Phrases the help wraps over lines or fills in (a command name), as patterns.
    static let hulpPatronen: [(String, String)] = [
        ("\\(default:\\s+", "(standaard: "),
        ("See '([^']+)' for detailed help\\.", "Zie '$1' voor uitgebreide hulp."),
    ]

    public static func hulp(_ tekst: String) -> String {
        let vertaald = vast.reduce(tekst) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        return hulpPatronen.reduce(vertaald) { tekst, paar in
            tekst.replacingOccurrences(of: paar.0, with: paar.1, options: .regularExpression)
        }
    }

    public static func fout(_ tekst: String) -> String {
        let regels = tekst.split(separator: "\n", omittingEmptySubsequences: false).map { regel -> String in
            let r = String(regel)
            for (patroon, vervanging) in patronen {
                guard let re = try? NSRegularExpression(pattern: patroon) else { continue }
                let bereik = NSRange(r.startIndex..., in: r)
                if re.firstMatch(in: r, range: bereik) != nil {
                    return re.stringByReplacingMatches(in: r, range: bereik, withTemplate: vervanging)
                }
            }
            return r
        }
        return hulp(regels.joined(separator: "\n"))
    }
}
