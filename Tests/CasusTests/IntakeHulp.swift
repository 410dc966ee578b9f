import Foundation
@testable import Casus

/// Writes test input to a private temporary folder, like a professional's file on disk.
enum IntakeHulp {
    static func tijdelijkeMap() -> String {
        let pad = NSTemporaryDirectory() + "casus-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: pad, withIntermediateDirectories: true)
        return pad
    }

    @discardableResult
    static func schrijf(_ inhoud: String, naam: String = "format.yaml", in map: String? = nil) -> String {
        schrijf(Data(inhoud.utf8), naam: naam, in: map)
    }

    @discardableResult
    static func schrijf(_ data: Data, naam: String = "format.yaml", in map: String? = nil) -> String {
        let pad = ((map ?? tijdelijkeMap()) as NSString).appendingPathComponent(naam)
        FileManager.default.createFile(atPath: pad, contents: data)
        return pad
    }

    /// A minimal valid format; `extra` is appended at top level.
    static func format(casus: String = "test-2024-01", rol: String = "wijkcoach",
                       organisatie: String = "Wijkteam Oost", _ extra: String = "") -> String {
        """
        format: tijdlijn-format/1
        casus: \(casus)
        ingediend_door:
          rol: \(rol)
          organisatie: \(organisatie)
        gezinsleden:
          - id: moeder
            rol: moeder
          - id: kind-1
            rol: kind

        """ + extra
    }

    static func meldingen(_ yaml: String) -> [Melding] {
        Intake.leesFormat(tekst: yaml, pad: "f.yaml").1
    }
}
