import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension BeschermdBestand {
    /// An output folder: made (with its parents) mode 0700 whatever the umask; an
    /// existing one is used as it is, a symlink only with `--overschrijf`.
    public static func maakMap(_ pad: String, regels: Regels = .standaard) throws {
        var info = stat()
        if lstat(pad, &info) == 0 {
            let soort = info.st_mode & S_IFMT
            if soort == S_IFDIR { return }
            if soort == S_IFLNK, regels.overschrijf, stat(pad, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
            throw Fout(pad: pad, reden: soort == S_IFLNK
                ? "deze map is een symbolische koppeling; Casus schrijft niet door een koppeling heen — kies een andere map, of geef --overschrijf"
                : "bestaat al en is geen map — kies een andere map")
        }
        let ouder = (pad as NSString).deletingLastPathComponent
        if !ouder.isEmpty && ouder != pad && lstat(ouder, &info) != 0 { try maakMap(ouder, regels: regels) }
        guard mkdir(pad, 0o700) == 0 || errno == EEXIST else {
            throw Fout(pad: pad, reden: "kan de map niet maken: \(Systeemfout.tekst())")
        }
        // mkdir's mode passes through the umask; only the owner, whatever it was.
        guard chmod(pad, 0o700) == 0 else {
            throw Fout(pad: pad, reden: "kan de rechten van de map niet zetten: \(Systeemfout.tekst())")
        }
    }

    /// An empty file, mode 0600 whatever the umask (a new workbench, a backup's target).
    /// O_EXCL and O_NOFOLLOW: an existing file or a planted link is never used.
    /// Returns false when the file already existed.
    @discardableResult
    public static func maakLeeg(_ pad: String) throws -> Bool {
        let fd = open(pad, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return false }
            throw Fout(pad: pad, reden: "kan het bestand niet maken: \(Systeemfout.tekst())")
        }
        defer { close(fd) }
        guard fchmod(fd, 0o600) == 0 else {
            throw Fout(pad: pad, reden: "kan de rechten niet zetten: \(Systeemfout.tekst())")
        }
        return true
    }
}

extension BeschermdBestand {
    /// The files a command reads from a casus folder (or the one file named): outputs
    /// must never replace them.
    public static func bestanden(in pad: String) -> [String] {
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: pad, isDirectory: &isMap) else { return [] }
        guard isMap.boolValue else { return [pad] }
        let namen = (try? FileManager.default.contentsOfDirectory(atPath: pad)) ?? []
        return namen.map { (pad as NSString).appendingPathComponent($0) }
    }
}
