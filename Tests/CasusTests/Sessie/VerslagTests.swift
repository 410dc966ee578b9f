import Foundation
import Testing
import CasusProef
@testable import Casus

/// The session report through the real binary: HTML self-contained, PDF paged
/// with real text, and not one name in the pseudonymised report.
@Suite(.serialized) struct VerslagTests {
    static let hengelo = Repo.pad("examples/hengelo-2024-02")

    /// Every naam of the formats, the facilitator and every participant's name, and their parts.
    static func namen(_ map: String) throws -> [String] {
        let invoer = Intake.leesCasusMap(pad: map)
        let sessie = invoer.sessie ?? Sessie(casus: "")
        var namen = invoer.formats.flatMap { f in
            f.gezinsleden.compactMap(\.naam) + f.netwerk.compactMap(\.naam) + [f.ingediendDoor.naam].compactMap { $0 }
        }
        namen += sessie.deelnemers.compactMap(\.naam) + [sessie.facilitator].compactMap { $0 }
        let delen = namen.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init) }
            .filter { $0.count >= 3 && !Pseudonimisering.tussenvoegsels.contains($0.lowercased()) }
        return Array(Set(namen + delen)).sorted()
    }

    static func gevonden(_ namen: [String], in tekst: String) -> [String] {
        namen.filter { naam in
            let patroon = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: naam) + "(?![\\p{L}\\p{N}])"
            return tekst.range(of: patroon, options: [.regularExpression, .caseInsensitive]) != nil
        }
    }

    static func pdfTekst(_ pad: String) throws -> String { try poppler("pdftotext", [pad, "-"]) }
    static func pdfInfo(_ pad: String) throws -> String { try poppler("pdfinfo", [pad]) }

    static func poppler(_ programma: String, _ argumenten: [String]) throws -> String {
        try Poppler.uitvoer(programma, argumenten)
    }

    @Test func zonderNamenStaatErGeenEnkeleNaamIn() throws {
        let map = TijdelijkeMap()
        let namen = try Self.namen(Self.hengelo)
        #expect(namen.contains("Annemiek") && namen.contains("Ilse ter Horst"))
        for naam in ["v.html", "v.pdf"] {
            let u = try WerkbankProces.voer(["verslag", Self.hengelo, "--uit", map.bestand(naam)])
            #expect(u.code == 0, "\(u.fout)")
        }
        let html = try String(contentsOfFile: map.bestand("v.html"), encoding: .utf8)
        let pdf = try Self.pdfTekst(map.bestand("v.pdf")) + Self.pdfInfo(map.bestand("v.pdf"))
        #expect(Self.gevonden(namen, in: html) == [])
        #expect(Self.gevonden(namen, in: pdf) == [])
        // The scan can fail: with names asked for, they are there.
        _ = try WerkbankProces.voer(["verslag", Self.hengelo, "--uit", map.bestand("namen.html"), "--met-namen"])
        let metNamen = try String(contentsOfFile: map.bestand("namen.html"), encoding: .utf8)
        #expect(Self.gevonden(namen, in: metNamen).contains("Annemiek"))
        #expect(Self.gevonden(namen, in: metNamen).contains("Ilse ter Horst"))
    }

    @Test func hetVerslagHeeftElkOnderdeelEnEchteTekst() throws {
        let map = TijdelijkeMap()
        _ = try WerkbankProces.voer(["verslag", Self.hengelo, "--uit", map.bestand("v.pdf")])
        _ = try WerkbankProces.voer(["verslag", Self.hengelo, "--uit", map.bestand("v.html")])
        let pdf = try Self.pdfTekst(map.bestand("v.pdf")).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let info = try Self.pdfInfo(map.bestand("v.pdf"))
        #expect(info.contains("Page size:") && info.contains("595.28 x 841.89"))
        let paginas = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect(paginas > 3)
        #expect(pdf.contains("pagina \(paginas) van \(paginas)"))
        let html = try String(contentsOfFile: map.bestand("v.html"), encoding: .utf8)
        for kop in ["Wie er meededen", "De gezinsleden in beeld", "Smileys en sadneys", "Patronen",
                    "Visie toetsen: rust en welzijn", "Afspraken", "Evaluatie", "dynamiek boven inhoud",
                    "Toegevoegd in de sessie", "Het vloog voorbij."] {
            #expect(pdf.contains(kop), "\(kop) niet in de PDF")
            #expect(html.contains(kop), "\(kop) niet in de HTML")
        }
        #expect(html.contains("data:image/png;base64,"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        let rechten = try FileManager.default.attributesOfItem(atPath: map.bestand("v.pdf"))[.posixPermissions] as? Int
        #expect(rechten == 0o600)
    }

    /// Issue 19: the moments where the room differs, with what both sides said; Almelo has none.
    @Test func hierVerschillenWeInHTMLEnPDF() throws {
        let map = TijdelijkeMap()
        _ = try WerkbankProces.voer(["verslag", Self.hengelo, "--uit", map.bestand("v.pdf")])
        _ = try WerkbankProces.voer(["verslag", Self.hengelo, "--uit", map.bestand("v.html")])
        let pdf = try Self.pdfTekst(map.bestand("v.pdf")).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let html = try String(contentsOfFile: map.bestand("v.html"), encoding: .utf8)
        // By hand from sessie.yaml: one smiley (gedragswetenschapper) and one sadney (wijkcoach)
        // on "Kinderen uit de knel", the only item with both.
        for tekst in ["Hier verschillen we", "Kinderen uit de knel", "Smiley (gedragswetenschapper): De kindergroep",
                      "Sadney (wijkcoach): Advies terug naar"] {
            #expect(pdf.contains(tekst), "\(tekst) niet in de PDF")
            #expect(html.contains(tekst), "\(tekst) niet in de HTML")
        }
        let almelo = map.bestand("almelo.html")
        _ = try WerkbankProces.voer(["verslag", Repo.pad("examples/almelo-2023-07"), "--uit", almelo])
        #expect(!(try String(contentsOfFile: almelo, encoding: .utf8)).contains("Hier verschillen we"))
    }

    /// The wall in readable parts: every part on a landscape A4 page, headed with its place.
    @Test func deMuurInLeesbareDelenOpLiggendePaginas() throws {
        let map = TijdelijkeMap()
        _ = try WerkbankProces.voer(["verslag", Self.hengelo, "--uit", map.bestand("v.pdf")])
        let pdf = try Self.pdfTekst(map.bestand("v.pdf")).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let info = try Self.poppler("pdfinfo", ["-f", "1", "-l", "999", map.bestand("v.pdf")])
        let liggend = info.split(separator: "\n").filter { $0.contains("841.89 x 595.28") }.count
        #expect(liggend > 1)
        #expect(pdf.contains("De muur, deel 1 van \(liggend) (rij 1 van"))
        #expect(pdf.contains("De muur, deel \(liggend) van \(liggend)"))
        #expect(info.split(separator: "\n").filter { $0.contains("595.28 x 841.89") }.count > 3)
    }

    @Test func eenVerkeerdeUitvoerIsVerkeerdGebruik() throws {
        let u = try WerkbankProces.voer(["verslag", Self.hengelo, "--uit", "/tmp/verslag.docx"])
        #expect(u.code == 2)
        #expect(u.fout.contains(".html of .pdf"))
    }
}
