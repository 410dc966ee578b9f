import Casus

extension Werkbank {
    /// A copy into a new SQLite file (mode 0600), safe while others keep
    /// working. Refuses to overwrite an existing file.
    public func backup(naar doel: String) throws(WerkbankFout) {
        do {
            try motor.backup(naar: doel, van: self)
        } catch {
            throw WerkbankFout.van(error, pad: doel)
        }
    }
}
