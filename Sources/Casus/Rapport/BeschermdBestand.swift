import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files holding case data with mode 0600 from the first byte on
/// (no window in which the file is readable by others).
public enum BeschermdBestand {
    public struct Fout: Error, CustomStringConvertible {
        public var pad: String
        public var reden: String
        public var description: String { "kan \(pad) niet schrijven: \(reden)" }
    }

    public static func schrijf(_ tekst: String, naar pad: String) throws {
        try schrijf(Data(tekst.utf8), naar: pad)
    }

    /// A new file only: an existing file (an input, say) or a symlink at `pad` is refused.
    public static func schrijfNieuw(_ data: Data, naar pad: String) throws {
        let fd = open(pad, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let reden = errno == EEXIST ? "er staat al een bestand met die naam; kies een andere naam"
                : String(cString: strerror(errno))
            throw Fout(pad: pad, reden: reden)
        }
        defer { close(fd) }
        try schrijf(data, fd: fd, pad: pad)
    }

    public static func schrijf(_ data: Data, naar pad: String) throws {
        let fd = open(pad, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw Fout(pad: pad, reden: String(cString: strerror(errno))) }
        defer { close(fd) }
        // An existing file keeps its old mode on open(2); tighten it explicitly.
        guard fchmod(fd, 0o600) == 0 else {
            throw Fout(pad: pad, reden: String(cString: strerror(errno)))
        }
        try schrijf(data, fd: fd, pad: pad)
    }

    private static func schrijf(_ data: Data, fd: Int32, pad: String) throws {
        var geschreven = 0
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let basis = buffer.baseAddress else { return }
            while geschreven < buffer.count {
                let n = write(fd, basis + geschreven, buffer.count - geschreven)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Fout(pad: pad, reden: String(cString: strerror(errno)))
                }
                geschreven += n
            }
        }
    }
}
