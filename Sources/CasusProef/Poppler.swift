import Foundation

/// What a poppler tool prints about a PDF, for tests: PDF text streams are
/// compressed, so the bytes alone prove nothing about the text.
public enum Poppler {
    public static func uitvoer(_ programma: String, _ argumenten: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/" + programma)
        p.arguments = argumenten
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of a PDF (`pdftotext PAD -`).
    public static func tekst(_ pad: String) throws -> String { try uitvoer("pdftotext", [pad, "-"]) }
}
