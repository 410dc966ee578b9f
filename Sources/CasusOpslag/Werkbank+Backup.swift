import Foundation
import GRDB
import Casus

extension Werkbank {
    /// SQLite's online backup into a new file (mode 0600), safe while others
    /// keep working. Refuses to overwrite an existing file.
    public func backup(naar doel: String) throws(WerkbankFout) {
        var info = stat()
        if stat(doel, &info) == 0 { throw WerkbankFout.bestaatAl(pad: doel) }
        try BestandsToegang.maakLeeg(pad: doel)
        do {
            let kopie = try DatabaseQueue(path: doel)
            try pool.backup(to: kopie)
            try kopie.close()
        } catch {
            throw WerkbankFout.van(error, pad: doel)
        }
    }
}
