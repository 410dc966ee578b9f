import Foundation

extension Tijdlijn {
    /// `tijdlijn.json` (cli.md): pretty, keys sorted, the same bytes for the same
    /// timeline on every run.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every field is a string, number, bool or array of those: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }
}
