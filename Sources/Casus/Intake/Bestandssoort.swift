import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What kind of thing a path is, asked without opening it: opening a FIFO for
/// reading blocks until someone writes, so only regular files are ever opened.
public enum Bestandssoort: Sendable, Equatable {
    case gewoon, map, fifo, apparaat, socket, anders, ontbreekt

    /// Follows symbolic links (a link to a regular file is read like the file).
    public static func van(pad: String) -> Bestandssoort {
        var info = stat()
        guard stat(pad, &info) == 0 else { return .ontbreekt }
        return van(modus: info.st_mode)
    }

    static func van(modus: mode_t) -> Bestandssoort {
        switch modus & S_IFMT {
        case S_IFREG: .gewoon
        case S_IFDIR: .map
        case S_IFIFO: .fifo
        case S_IFCHR, S_IFBLK: .apparaat
        case S_IFSOCK: .socket
        default: .anders
        }
    }

    /// Dutch, for "… is geen gewoon bestand maar <naam>".
    public var naam: String {
        switch self {
        case .gewoon: "een gewoon bestand"
        case .map: "een map"
        case .fifo: "een FIFO (named pipe)"
        case .apparaat: "een apparaat"
        case .socket: "een socket"
        case .anders: "een onbekend soort bestand"
        case .ontbreekt: "niet aanwezig"
        }
    }

    /// The fout for a path that must be read but is no regular file.
    static func geenGewoonBestand(_ pad: String, soort: Bestandssoort) -> Melding {
        .fout("geen gewoon bestand maar \(soort.naam); Casus leest alleen gewone bestanden", pad: pad,
              hint: "geef een tijdlijn-format als gewoon tekstbestand (.yaml)")
    }
}
