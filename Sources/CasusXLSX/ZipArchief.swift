import Foundation
import ZIPFoundation

/// A zip made in memory: the workbook writer's package and the browser's export
/// download. Fixed dates, so the same files give the same bytes.
public enum ZipArchief {
    public static func maak(_ bestanden: [(pad: String, data: Data)]) throws -> Data {
        let archief = try Archive(data: Data(), accessMode: .create)
        for (pad, data) in bestanden {
            try archief.addEntry(with: pad, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 315_532_800),
                                 compressionMethod: .deflate) { positie, grootte in
                data.subdata(in: Int(positie)..<Int(positie) + grootte)
            }
        }
        return archief.data ?? Data()
    }
}
