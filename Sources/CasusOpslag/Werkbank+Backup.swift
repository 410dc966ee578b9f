import Foundation
import GRDB
import Casus

extension Werkbank {
    /// SQLite's online backup into a new file (mode 0600), safe while others
    /// keep working. Refuses to overwrite an existing file.
    public func backup(naar doel: String) throws(WerkbankFout) {
        // lstat and O_EXCL|O_NOFOLLOW: an existing file or a planted link is never written.
        var info = stat()
        if lstat(doel, &info) == 0 { throw WerkbankFout.bestaatAl(pad: doel) }
        let nieuw: Bool
        do {
            nieuw = try BeschermdBestand.maakLeeg(doel)
        } catch {
            throw WerkbankFout.nietTeOpenen(pad: doel, detail: (error as? BeschermdBestand.Fout)?.reden ?? "\(error)")
        }
        guard nieuw else { throw WerkbankFout.bestaatAl(pad: doel) }
        do {
            let kopie = try DatabaseQueue(path: doel)
            try pool.backup(to: kopie)
            try kopie.close()
        } catch {
            throw WerkbankFout.van(error, pad: doel)
        }
    }
}
