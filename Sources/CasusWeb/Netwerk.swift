import Foundation
#if canImport(Glibc)
import Glibc
#endif

enum Netwerk {
    /// The first IPv4 address that is not loopback: what phones in the room type.
    static func lanAdres() -> String? {
        var lijst: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&lijst) == 0, let eerste = lijst else { return nil }
        defer { freeifaddrs(lijst) }
        var p: UnsafeMutablePointer<ifaddrs>? = eerste
        while let i = p {
            defer { p = i.pointee.ifa_next }
            guard let adres = i.pointee.ifa_addr, adres.pointee.sa_family == UInt16(AF_INET) else { continue }
            var tekst = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            guard getnameinfo(adres, socklen_t(MemoryLayout<sockaddr_in>.size), &tekst, socklen_t(tekst.count),
                              nil, 0, NI_NUMERICHOST) == 0 else { continue }
            let s = String(cString: tekst)
            if !s.hasPrefix("127.") { return s }
        }
        return nil
    }
}
