import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the system said, in Dutch: strerror speaks English.
public enum Systeemfout {
    public static func tekst(_ code: Int32 = errno) -> String {
        switch code {
        case ENOENT: "de map bestaat niet"
        case EACCES, EPERM: "geen toestemming om hier te schrijven"
        case EROFS: "de schijf of map is alleen-lezen"
        case ENOSPC: "de schijf is vol"
        case EDQUOT: "je schijfruimte is op"
        case ENOTDIR: "een deel van het pad is geen map"
        case EISDIR: "dit is een map"
        case ELOOP: "dit is een symbolische koppeling"
        case ENAMETOOLONG: "de naam is te lang"
        case EEXIST: "bestaat al"
        case EXDEV: "ligt op een andere schijf"
        case EIO: "lees- of schrijffout op de schijf"
        default: "systeemfout \(code)"
        }
    }
}
