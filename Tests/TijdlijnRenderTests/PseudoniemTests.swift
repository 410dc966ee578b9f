import Casus
import Foundation
import Testing
import CasusProef
@testable import TijdlijnRender

let pdftotextPad = "/usr/bin/pdftotext"

/// The text poppler extracts from a PDF.
func pdfTekst(_ pad: String) throws -> String { try Poppler.tekst(pad) }

@Suite("Pseudoniem")
struct PseudoniemTests {
    @Test func vrijeTekstKrijgtRolInPlaatsVanNaam() throws {
        let t = VoorbeeldCasus.tijdlijn.gepseudonimiseerd()
        let wat = t.gebeurtenissen.map(\.inhoud.wat)
        #expect(wat.contains("kind-1 weigert contact met vader."))
        #expect(wat.contains("Moeder overspannen thuis; oma grootmoeder-mz vangt de kinderen op."))
        let moeder = try #require(t.gezinsleden.first { $0.id == "moeder" })
        #expect(moeder.inhoud.naam == nil)
        #expect(moeder.inhoud.mechanisme == "Trekt zich terug en zoekt steun bij haar moeder grootmoeder-mz.")
        // Only whole words: the interventie's "Psychodiagnostiek Émile" loses the name, nothing else changes.
        #expect(t.interventies.contains { $0.inhoud.naam == "Psychodiagnostiek kind-1" })
    }

    @Test func layoutBevatGeenEnkeleNaam() {
        let r = TijdlijnRenderer(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                 bevindingen: VoorbeeldCasus.bevindingen, opties: RenderOpties(pseudoniem: true))
        let tekst = r.layout.labels.flatMap(\.regels).joined(separator: "\n")
        for naam in VoorbeeldCasus.namen { #expect(!tekst.contains(naam), "\(naam) staat nog op de wand") }
        #expect(tekst.contains("Kind 1"))
        #expect(tekst.contains("gepseudonimiseerd"))
    }

    @Test func geenNaamInPngSvgOfPdf() throws {
        let map = try uitvoerMap("pseudoniem")
        let r = TijdlijnRenderer(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                 bevindingen: VoorbeeldCasus.bevindingen, opties: RenderOpties(pseudoniem: true))
        try r.schrijfPNG(naar: map + "/t.png")
        try r.schrijfSVG(naar: map + "/t.svg")
        try r.schrijfPDF(naar: map + "/t.pdf")
        try r.schrijfPDF(naar: map + "/poster.pdf", poster: .a3)
        for bestand in ["t.png", "t.svg", "t.pdf", "poster.pdf"] {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: map + "/" + bestand))
            for naam in VoorbeeldCasus.namen {
                #expect(bytes.range(of: Data(naam.utf8)) == nil, "\(naam) in de bytes van \(bestand)")
            }
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: pdftotextPad)))
    func geenNaamInPdfTekst() throws {
        let map = try uitvoerMap("pseudoniem-pdftekst")
        let opties = [RenderOpties(pseudoniem: false), RenderOpties(pseudoniem: true)]
        var teksten: [String] = []
        for (i, o) in opties.enumerated() {
            let r = TijdlijnRenderer(VoorbeeldCasus.tijdlijn, annotaties: VoorbeeldCasus.annotaties,
                                     bevindingen: VoorbeeldCasus.bevindingen, opties: o)
            try r.schrijfPDF(naar: map + "/\(i).pdf")
            teksten.append(try pdfTekst(map + "/\(i).pdf"))
        }
        // Control: without --pseudoniem the names are really in the extracted text.
        #expect(teksten[0].contains("Sanne Jansen") && teksten[0].contains("Émile"))
        for naam in VoorbeeldCasus.namen {
            #expect(!teksten[1].contains(naam), "\(naam) in de PDF-tekst")
        }
        #expect(teksten[1].contains("Moeder") && teksten[1].contains("gemeentewissel"))
    }
}
