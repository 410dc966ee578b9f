import Foundation
import Testing
@testable import Casus

/// `casus rode-draden … --rapport r.pdf` through the real binary: A4, paged, a
/// contents page with the page of each chapter, page numbers, real text, charts
/// as vectors (no image in the file), mode 0600, and no name of anyone in it.
@Suite(.serialized) struct RodeDradenPDFTests {
    static let voorbeelden = ["hengelo-2024-02", "almelo-2023-07", "enschede-2024-09"].map { Repo.pad("examples/\($0)") }

    static func maak(_ map: TijdelijkeMap, _ extra: [String] = []) throws -> String {
        let pad = map.bestand("r.pdf")
        let r = try WerkbankProces.voer(["rode-draden"] + voorbeelden
            + ["--project", Repo.pad("examples/project.yaml"), "--rapport", pad] + extra)
        #expect(r.code == 0, "\(r.fout)")
        return pad
    }

    @Test func eenEchteGepagineerdePDF() throws {
        let map = TijdelijkeMap()
        let pad = try Self.maak(map)
        let info = try VerslagTests.pdfInfo(pad)
        #expect(info.contains("595.28 x 841.89 pts (A4)"))
        #expect(info.contains("Analyses die werken"))
        let paginas = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") })
        #expect(paginas > 5)
        let tekst = try VerslagTests.pdfTekst(pad)
        #expect(tekst.contains("pagina 1 van \(paginas)") && tekst.contains("pagina \(paginas) van \(paginas)"))
        // The second page is the contents, with the page of each chapter.
        let tweede = try VerslagTests.poppler("pdftotext", ["-f", "2", "-l", "2", "-layout", pad, "-"])
        #expect(tweede.contains("Inhoud"))
        let regel = try #require(tweede.split(separator: "\n").first { $0.contains("Visie toetsen") })
        let pagina = try #require(Int(regel.split(separator: " ").last ?? ""))
        let daar = try VerslagTests.poppler("pdftotext", ["-f", "\(pagina)", "-l", "\(pagina)", pad, "-"])
        #expect(daar.contains("Visie toetsen: de acht principes"))
        // An appendix per casus, each on the contents page.
        for casus in ["almelo-2023-07", "enschede-2024-09", "hengelo-2024-02"] {
            #expect(tweede.contains("Bijlage: casus \(casus)"), "\(casus)")
        }
        #expect(tekst.contains("Formats van") && tekst.contains("Visie getoetst:") && tekst.contains("2024-02-13, 5 deelnemers"))
        // Title page from project.yaml, conclusions, van → naar, the charts' labels as text.
        for verwacht in ["Opdrachtgever: Regio Twente", "Van", "Naar", "Conclusie", "Afspraken uit de sessies",
                         "smileys (dit hielp)", "Opeenvolgende hulp"] {
            #expect(tekst.contains(verwacht), "\(verwacht)")
        }
        // Vector charts: not one bitmap in the file.
        let beelden = try VerslagTests.poppler("pdfimages", ["-list", pad])
        #expect(beelden.split(separator: "\n").count == 2, "\(beelden)")
        let modus = try FileManager.default.attributesOfItem(atPath: pad)[.posixPermissions] as? Int
        #expect(modus == 0o600)
    }

    /// Every number links to its evidence and every contents line to its chapter, as in
    /// the HTML: clickable links whose destinations exist, on the pages the contents say.
    @Test func klikbareVerwijzingen() throws {
        let map = TijdelijkeMap()
        let pad = try Self.maak(map)
        let pdf = try PDFLinks(pad: pad)
        #expect(pdf.links.count > 100, "\(pdf.links.count)")
        #expect(pdf.links.filter { pdf.doelen[$0.doel] == nil }.map(\.doel) == [])
        // The contents page's numbers are the pages its links lead to, in order.
        let tweede = try VerslagTests.poppler("pdftotext", ["-f", "2", "-l", "2", "-layout", pad, "-"])
        let nummers = tweede.split(separator: "\n").dropFirst().filter { !$0.contains("pagina ") }
            .compactMap { Int($0.split(separator: " ").last ?? "") }
        let inhoud = pdf.links.filter { $0.pagina == 2 && $0.doel.hasPrefix("inhoud-") }
        #expect(inhoud.count == nummers.count && nummers.count > 10)
        #expect(inhoud.map { pdf.doelen[$0.doel] ?? 0 } == nummers)
        // A count in a chapter leads to its evidence further on; an appendix is a destination.
        #expect(pdf.links.contains { $0.doel.hasPrefix("spoor") && (pdf.doelen[$0.doel] ?? 0) > $0.pagina })
        #expect(pdf.doelen["casus--hengelo-2024-02"] != nil)
    }

    @Test func geenNaamInDePDF() throws {
        let map = TijdelijkeMap()
        let pad = try Self.maak(map)
        let tekst = try VerslagTests.pdfTekst(pad) + VerslagTests.pdfInfo(pad)
        for voorbeeld in Self.voorbeelden {
            let namen = try VerslagTests.namen(voorbeeld)
            #expect(VerslagTests.gevonden(namen, in: tekst) == [], "\(voorbeeld)")
        }
    }
}
