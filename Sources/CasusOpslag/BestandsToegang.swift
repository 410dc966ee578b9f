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
                throw WerkbankFout.nietTeOpenen(pad: pad, detail: String(cString: strerror(errno)))
            }
            guard maakAan else { throw WerkbankFout.bestaatNiet(pad: pad) }
            try maakLeeg(pad: pad)
            return
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw WerkbankFout.nietTeOpenen(pad: pad, detail: "dit is een map, geen bestand")
        }
    }

    /// Creates an empty file readable and writable by its owner only.
    /// O_EXCL: when another process just created it, theirs is kept.
    static func maakLeeg(pad: String) throws(WerkbankFout) {
        let fd = open(pad, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return }
            throw WerkbankFout.nietTeOpenen(pad: pad, detail: String(cString: strerror(errno)))
        }
        // umask can only take rights away; make sure nothing else was added.
        fchmod(fd, 0o600)
        close(fd)
    }
}
