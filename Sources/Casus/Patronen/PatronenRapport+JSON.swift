import Foundation

extension PatronenRapport {
    /// `patronen.json` / `casus patronen --json` (cli.md): pretty, keys sorted, the same
    /// bytes for the same findings on every run.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Only strings and arrays of strings: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }
}
