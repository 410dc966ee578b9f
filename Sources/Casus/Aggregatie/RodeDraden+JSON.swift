import Foundation

extension RodeDraden {
    /// `casus rode-draden --json` (cli.md): pretty, keys sorted, the same bytes every run.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, numbers and arrays of those only: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }
}
