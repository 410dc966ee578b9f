import Casus
import Foundation
import ZIPFoundation

/// Reads the parts of a workbook out of its zip, refusing hostile archives before they
/// cost time or memory: too many entries, paths that climb out (`..`), parts too large
/// or compressed suspiciously well (a zip bomb). Sizes are counted while inflating,
/// so a header that lies about them does not help.
struct ZipGrenzen {
    /// A format workbook has about twenty parts.
    static let maximaalOnderdelen = 500
    /// One part, inflated: a sheet of a few thousand rows is well under this.
    static let maximaalPerOnderdeel = 16 * 1024 * 1024
    static let maximaalTotaal = 48 * 1024 * 1024
    /// XML compresses 10–50×; far more is a bomb. Only checked above 1 MB.
    static let maximaleVerhouding = 200

    let pad: String
    let archief: Archive
    private var gelezen = 0

    struct Fout: Error { var melding: Melding }

    init(data: Data, pad: String) throws(Fout) {
        self.pad = pad
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Fout(melding: .fout("dit is een oud Excel-bestand (.xls), geen werkboek (.xlsx)", pad: pad,
                                      hint: "sla het op als Excel-werkmap (.xlsx) en stuur het opnieuw"))
        }
        let geenZip = Fout(melding: .fout("dit is geen werkboek (.xlsx): het bestand is geen geldig zip-archief", pad: pad,
                                          hint: "sla het bestand in Excel of LibreOffice op als Excel-werkmap (.xlsx)"))
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw geenZip }
        do {
            archief = try Archive(data: data, accessMode: .read, pathEncoding: nil)
        } catch {
            throw geenZip
        }
        try controleerOnderdelen()
    }

    private func controleerOnderdelen() throws(Fout) {
        var aantal = 0
        for entry in archief {
            aantal += 1
            if aantal > Self.maximaalOnderdelen {
                throw fout("het werkboek bevat te veel onderdelen (meer dan \(Self.maximaalOnderdelen))")
            }
            let delen = entry.path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
            if entry.path.hasPrefix("/") || entry.path.hasPrefix("\\") || delen.contains("..") || entry.path.contains(":") {
                throw fout("het werkboek bevat een onderdeel met een verdacht pad (\(entry.path))")
            }
        }
    }

    func fout(_ bericht: String) -> Fout {
        Fout(melding: .fout(bericht, pad: pad,
                            hint: "dit lijkt geen gewoon werkboek; sla het format opnieuw op vanuit Excel of LibreOffice"))
    }

    /// The inflated bytes of one part, or nil when the archive has no such part.
    mutating func onderdeel(_ naam: String) throws(Fout) -> Data? {
        guard let entry = archief[naam] else { return nil }
        let verwacht = Int(clamping: entry.uncompressedSize)
        if verwacht > Self.maximaalPerOnderdeel || gelezen + verwacht > Self.maximaalTotaal {
            throw fout("een onderdeel van het werkboek is te groot (\(naam), \(verwacht / 1_048_576) MB uitgepakt)")
        }
        if verwacht > 1_048_576, verwacht / max(1, Int(clamping: entry.compressedSize)) > Self.maximaleVerhouding {
            throw fout("een onderdeel van het werkboek is verdacht sterk ingepakt (\(naam)); mogelijk een zip-bom")
        }
        var data = Data()
        let ruimte = min(Self.maximaalPerOnderdeel, Self.maximaalTotaal - gelezen)
        do {
            _ = try archief.extract(entry, skipCRC32: false) { stuk in
                if data.count + stuk.count > ruimte { throw GrensBereikt() }
                data.append(stuk)
            }
        } catch is GrensBereikt {
            throw fout("een onderdeel van het werkboek is uitgepakt groter dan het zegt (\(naam)); mogelijk een zip-bom")
        } catch {
            throw fout("een onderdeel van het werkboek is beschadigd (\(naam))")
        }
        gelezen += data.count
        return data
    }

    private struct GrensBereikt: Error {}
}
