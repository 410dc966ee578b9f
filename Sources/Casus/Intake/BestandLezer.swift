import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file as text for intake, refusing what no professional's format can be:
/// too large, binary, or in an encoding we cannot read. Windows-1252 (Word/Excel)
/// is transcoded with a warning so nothing is lost.
public enum BestandLezer {
    /// Formats are a few hundred lines; 5 MB leaves room and refuses hostile files quickly.
    public static let maximaleGrootte = 5 * 1024 * 1024

    public struct Tekst: Sendable {
        public var tekst: String
        public var meldingen: [Melding]
    }

    /// Returns the text, or nil with at least one fout in `meldingen`.
    public static func lees(pad: String) -> (tekst: String?, meldingen: [Melding]) {
        let (data, meldingen) = bytes(pad: pad)
        guard let data else { return (nil, meldingen) }
        return decodeer(Array(data), pad: pad)
    }

    /// The file's bytes within the size limit, or nil with a fout. Only a regular file is opened.
    public static func bytes(pad: String) -> (data: Data?, meldingen: [Melding]) {
        let soort = Bestandssoort.van(pad: pad)
        if soort == .ontbreekt {
            return (nil, [.fout("bestand bestaat niet of is niet leesbaar", pad: pad,
                                hint: "controleer het pad en de rechten op het bestand")])
        }
        if soort != .gewoon { return (nil, [Bestandssoort.geenGewoonBestand(pad, soort: soort)]) }
        // Non-blocking open plus fstat: a file swapped for a FIFO after the check cannot hang us.
        let fd = open(pad, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            return (nil, [.fout("bestand is niet leesbaar", pad: pad,
                                hint: "controleer de rechten op het bestand")])
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var info = stat()
        guard fstat(fd, &info) == 0, Bestandssoort.van(modus: info.st_mode) == .gewoon else {
            return (nil, [Bestandssoort.geenGewoonBestand(pad, soort: Bestandssoort.van(modus: info.st_mode))])
        }
        if Int(info.st_size) > maximaleGrootte { return (nil, [teGroot(pad: pad, bytes: Int(info.st_size))]) }
        // Read at most one byte past the limit: a file that grows meanwhile is still refused.
        let data = (try? handle.read(upToCount: maximaleGrootte + 1)) ?? Data()
        if data.count > maximaleGrootte { return (nil, [teGroot(pad: pad, bytes: data.count)]) }
        return (data, [])
    }

    static func teGroot(pad: String, bytes: Int) -> Melding {
        .fout(String(format: "bestand is te groot (%.1f MB; een format is hooguit 5 MB)", Double(bytes) / 1_048_576).replacingOccurrences(of: ".", with: ","),
              pad: pad, hint: "controleer of dit echt een tijdlijn-format is")
    }

    /// Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252.
    public static func decodeer(_ bytes: [UInt8], pad: String) -> (tekst: String?, meldingen: [Melding]) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let tekst = String(data: Data(bytes.dropFirst(2)), encoding: encoding) {
                return (tekst, [])
            }
            return (nil, [.fout("bestand is als UTF-16 opgeslagen maar bevat ongeldige tekens",
                                pad: pad, hint: "sla het bestand op als UTF-8")])
        }
        var inhoud = bytes[...]
        if inhoud.starts(with: [0xEF, 0xBB, 0xBF]) { inhoud = inhoud.dropFirst(3) }
        if let nul = inhoud.firstIndex(of: 0) {
            let (regel, kolom) = plek(van: nul - inhoud.startIndex, in: Array(inhoud))
            return (nil, [.fout("dit is geen tekstbestand (bevat binaire gegevens)", pad: pad,
                                regel: regel, kolom: kolom,
                                hint: "lever het format aan als YAML-tekstbestand (.yaml)")])
        }
        if let tekst = String(validating: inhoud, as: UTF8.self) {
            return (tekst, [])
        }
        let ongeldig = eersteOngeldigeUTF8(Array(inhoud))
        let (regel, kolom) = plek(van: ongeldig, in: Array(inhoud))
        if let tekst = Windows1252.decodeer(inhoud) {
            return (tekst, [.waarschuwing(
                "bestand is niet als UTF-8 opgeslagen; gelezen als Windows-1252 (Word/Excel)",
                pad: pad, regel: regel, kolom: kolom,
                hint: "controleer letters als ë en é en sla het bestand op als UTF-8")])
        }
        return (nil, [.fout(
            String(format: "ongeldige tekencodering: byte 0x%02X is geen UTF-8 of Windows-1252",
                   inhoud[inhoud.startIndex + ongeldig]),
            pad: pad, regel: regel, kolom: kolom, hint: "sla het bestand op als UTF-8")])
    }

    /// Offset of the first byte that breaks UTF-8.
    static func eersteOngeldigeUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let lengte = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            guard lengte > 0, i + lengte <= bytes.count,
                  bytes[(i + 1)..<(i + lengte)].allSatisfy({ $0 >> 6 == 0b10 }),
                  String(validating: bytes[i..<(i + lengte)], as: UTF8.self) != nil
            else { return i }
            i += lengte
        }
        return min(i, max(0, bytes.count - 1))
    }

    /// 1-based line and column (in bytes) of an offset.
    static func plek(van offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var regel = 1
        var begin = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            regel += 1
            begin = i + 1
        }
        return (regel, offset - begin + 1)
    }
}
