import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one way Casus writes a file. Case data is about children, and outputs are
/// often written next to inputs, so every write
/// - refuses (unless `--overschrijf`) a symlink, an input of the command, and an
///   existing file that Casus did not write;
/// - goes to a temporary file in the same folder (mode 0600 from the first byte,
///   whatever the umask, never following a link) that is renamed into place, so
///   a reader sees the old file or the whole new one, never half of it;
/// - leaves the file as only Casus leaves files: the user's own, mode exactly 0600
///   (what a text editor or a copy makes is 0644 under the usual umask), so the
///   next run may replace its own outputs without asking.
/// A set of outputs (`schrijfSet`) is complete or absent: all are made first,
/// then all renamed; when one fails, none replaces anything.
public enum BeschermdBestand {
    public struct Fout: Error, CustomStringConvertible, Sendable {
        public var pad: String
        public var reden: String
        public init(pad: String, reden: String) {
            self.pad = pad
            self.reden = reden
        }
        public var description: String { "\(pad): fout: \(reden)" }
    }

    /// What an output may replace.
    public struct Regels: Sendable {
        /// Files the command reads: never overwritten.
        public var invoer: [String]
        /// `--overschrijf`: the user said so; still never through a symlink.
        public var overschrijf: Bool
        /// Export and backup: any existing file is refused, Casus's own too.
        public var nooitVervangen: Bool

        public init(invoer: [String] = [], overschrijf: Bool = false, nooitVervangen: Bool = false) {
            self.invoer = invoer
            self.overschrijf = overschrijf
            self.nooitVervangen = nooitVervangen
        }

        public static let standaard = Regels()
    }

    /// One output: its path and how to fill the temporary file standing in for it.
    public struct Uitvoer {
        public var pad: String
        public var vul: (String) throws -> Void
        public init(pad: String, vul: @escaping (String) throws -> Void) {
            self.pad = pad
            self.vul = vul
        }
        public init(pad: String, data: Data) {
            self.init(pad: pad) { tijdelijk in try BeschermdBestand.schrijfAlles(data, naar: tijdelijk) }
        }
    }

    public static func schrijf(_ tekst: String, naar pad: String, regels: Regels = .standaard) throws {
        try schrijf(Data(tekst.utf8), naar: pad, regels: regels)
    }

    public static func schrijf(_ data: Data, naar pad: String, regels: Regels = .standaard) throws {
        try schrijfSet([Uitvoer(pad: pad, data: data)], regels: regels)
    }

    /// Writes the file through `vul` (a renderer that writes by path).
    public static func schrijf(naar pad: String, regels: Regels = .standaard, _ vul: @escaping (String) throws -> Void) throws {
        try schrijfSet([Uitvoer(pad: pad, vul: vul)], regels: regels)
    }

    /// All outputs or none: every path is checked before anything is made, every file
    /// is made and on disk before any is renamed into place. The waits for the disk
    /// (fsync, and a rename that frees the replaced file) run side by side: one after
    /// another they cost about 4 ms each on ext4, together about as much as one.
    public static func schrijfSet(_ uitvoer: [Uitvoer], regels: Regels) throws {
        let invoer = Set(regels.invoer.compactMap(Bestandssleutel.init(pad:)))
        for u in uitvoer { try controleer(u.pad, regels: regels, invoer: invoer) }
        var klaar: [(tijdelijk: String, pad: String)] = []
        defer { for k in klaar { unlink(k.tijdelijk) } }
        for u in uitvoer {
            let tijdelijk = try maakTijdelijk(naast: u.pad)
            klaar.append((tijdelijk, u.pad))
            do {
                try u.vul(tijdelijk)
            } catch let fout as Fout {
                throw fout
            } catch {
                throw Fout(pad: u.pad, reden: "kon het bestand niet maken (\(error)); er is niets geschreven")
            }
        }
        let gemaakt = klaar
        try Gelijktijdig.voorElk(gemaakt.count) { i in try verzegel(gemaakt[i].tijdelijk, voor: gemaakt[i].pad) }.get()
        let fouten = Gelijktijdig.voorElk(gemaakt.count) { i in
            guard rename(gemaakt[i].tijdelijk, gemaakt[i].pad) == 0 else {
                throw Fout(pad: gemaakt[i].pad, reden: "kon het bestand niet op zijn plaats zetten: \(Systeemfout.tekst())")
            }
        }
        // What was renamed is in place; only the temporary files of failed renames remain.
        klaar = fouten.mislukt.map { gemaakt[$0] }
        try fouten.get()
    }

    /// Refuses what must not be replaced; nothing is touched.
    public static func controleer(_ pad: String, regels: Regels) throws {
        try controleer(pad, regels: regels, invoer: Set(regels.invoer.compactMap(Bestandssleutel.init(pad:))))
    }

    private static func controleer(_ pad: String, regels: Regels, invoer: Set<Bestandssleutel>) throws {
        var info = stat()
        guard lstat(pad, &info) == 0 else {
            guard errno == ENOENT else { throw Fout(pad: pad, reden: "niet te bereiken: \(Systeemfout.tekst())") }
            return
        }
        let soort = info.st_mode & S_IFMT
        let hint = " — kies een andere plek, of geef --overschrijf als je dit echt wilt vervangen"
        if soort == S_IFLNK {
            guard regels.overschrijf else {
                throw Fout(pad: pad, reden: "dit is een symbolische koppeling; Casus schrijft niet door een koppeling heen" + hint)
            }
            return
        }
        guard soort == S_IFREG else {
            throw Fout(pad: pad, reden: soort == S_IFDIR ? "dit is een map, geen bestand" : "dit is geen gewoon bestand")
        }
        if regels.nooitVervangen {
            throw Fout(pad: pad, reden: "bestaat al; kies een nieuwe naam, Casus overschrijft hier niets")
        }
        guard !regels.overschrijf else { return }
        if invoer.contains(Bestandssleutel(info)) {
            throw Fout(pad: pad, reden: "dit bestand is invoer van deze opdracht en wordt niet overschreven" + hint)
        }
        if !isVanCasus(pad, info) {
            throw Fout(pad: pad, reden: "bestaat al en is niet door Casus geschreven" + hint)
        }
    }

    /// As Casus leaves a file: ours, mode exactly 0600.
    static func isVanCasus(_ pad: String, _ info: stat) -> Bool {
        info.st_uid == getuid() && info.st_mode & 0o7777 == 0o600
    }

    /// An empty temporary file beside `pad`, mode 0600, created here (never a planted one).
    private static func maakTijdelijk(naast pad: String) throws -> String {
        let map = (pad as NSString).deletingLastPathComponent
        let naam = (pad as NSString).lastPathComponent
        for _ in 0..<20 {
            let kandidaat = (map.isEmpty ? "" : map + "/") + ".\(naam).casus-\(UInt32.random(in: 0...UInt32.max)).tmp"
            let fd = open(kandidaat, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0 {
                if errno == EEXIST { continue }
                throw Fout(pad: pad, reden: "kan hier niet schrijven: \(Systeemfout.tekst())")
            }
            defer { close(fd) }
            guard fchmod(fd, 0o600) == 0 else {
                unlink(kandidaat)
                throw Fout(pad: pad, reden: "kan de rechten niet zetten: \(Systeemfout.tekst())")
            }
            return kandidaat
        }
        throw Fout(pad: pad, reden: "kan geen tijdelijk bestand maken in \(map.isEmpty ? "." : map)")
    }

    /// After filling: still 0600 (a renderer may have recreated it), on disk.
    private static func verzegel(_ tijdelijk: String, voor pad: String) throws {
        let fd = open(tijdelijk, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw Fout(pad: pad, reden: "het tijdelijke bestand is verdwenen: \(Systeemfout.tekst())") }
        defer { close(fd) }
        guard fchmod(fd, 0o600) == 0 else {
            throw Fout(pad: pad, reden: "kan de rechten niet zetten: \(Systeemfout.tekst())")
        }
        guard fsync(fd) == 0 else { throw Fout(pad: pad, reden: "kan niet naar schijf schrijven: \(Systeemfout.tekst())") }
    }

    /// Writes all bytes to a file that exists (our temporary file), never through a link.
    static func schrijfAlles(_ data: Data, naar pad: String) throws {
        let fd = open(pad, O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw Fout(pad: pad, reden: Systeemfout.tekst()) }
        defer { close(fd) }
        var geschreven = 0
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let basis = buffer.baseAddress else { return }
            while geschreven < buffer.count {
                let n = write(fd, basis + geschreven, buffer.count - geschreven)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Fout(pad: pad, reden: "schrijven mislukt: \(Systeemfout.tekst())")
                }
                geschreven += n
            }
        }
    }
}

/// Device and inode: the same file under any path.
struct Bestandssleutel: Hashable {
    var apparaat: UInt64
    var inode: UInt64

    init(_ info: stat) {
        apparaat = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    init?(pad: String) {
        var info = stat()
        guard stat(pad, &info) == 0 else { return nil }
        self.init(info)
    }
}
