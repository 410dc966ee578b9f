import Foundation
import Casus

/// What happens to the workbench file before SQLite sees it: create it with
/// mode 0600 (it holds data about children), refuse a folder. A file that is
/// not SQLite is refused by SQLite itself (SQLITE_NOTADB) before anything is
/// written; we never open and close the file ourselves once SQLite may hold
/// it, because closing any descriptor drops the process's POSIX locks on it.
enum BestandsToegang {
    static func bereidVoor(pad: String, maakAan: Bool) throws(WerkbankFout) {
        var info = stat()
        if stat(pad, &info) != 0 {
            guard errno == ENOENT else {
                throw WerkbankFout.nietTeOpenen(pad: pad, detail: Systeemfout.tekst(errno))
            }
            guard maakAan else { throw WerkbankFout.bestaatNiet(pad: pad) }
            try maakLeeg(pad: pad)
            return
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw WerkbankFout.nietTeOpenen(pad: pad, detail: "dit is een map, geen bestand")
        }
    }

    /// A new empty 0600 file; refuses when anything (even a dangling symlink) is there
    /// (lstat, then O_EXCL|O_NOFOLLOW in the one protected writer).
    static func maakNieuw(pad: String) throws(WerkbankFout) {
        var info = stat()
        if lstat(pad, &info) == 0 { throw WerkbankFout.bestaatAl(pad: pad) }
        let nieuw: Bool
        do {
            nieuw = try BeschermdBestand.maakLeeg(pad)
        } catch {
            throw WerkbankFout.nietTeOpenen(pad: pad, detail: (error as? BeschermdBestand.Fout)?.reden ?? "\(error)")
        }
        guard nieuw else { throw WerkbankFout.bestaatAl(pad: pad) }
    }

    /// Creates an empty file readable and writable by its owner only (the one
    /// protected writer of Casus). When another process just created it, theirs is kept.
    static func maakLeeg(pad: String) throws(WerkbankFout) {
        do {
            try BeschermdBestand.maakLeeg(pad)
        } catch {
            throw WerkbankFout.nietTeOpenen(pad: pad, detail: (error as? BeschermdBestand.Fout)?.reden ?? "\(error)")
        }
    }
}
