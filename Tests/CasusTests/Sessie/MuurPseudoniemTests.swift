import Foundation
import Testing
@testable import Casus

/// The session on the wall through the real binary (issue 13): with names it shows the
/// additions, the visie band and the agreements; with --pseudoniem not one name of the
/// formats, the facilitator or a participant in any file analyseer writes.
@Suite(.serialized) struct MuurPseudoniemTests {
    @Test func deSessieStaatOpDeMuurEnGepseudonimiseerdZonderNaam() throws {
        let map = TijdelijkeMap()
        let namen = try VerslagTests.namen(VerslagTests.hengelo)
        #expect(namen.contains("Annemiek") && namen.contains("Ilse ter Horst"))

        let met = try WerkbankProces.voer(["render", VerslagTests.hengelo, "--svg", map.bestand("met.svg")])
        #expect(met.code == 0, "\(met.fout)")
        let metNamen = try String(contentsOfFile: map.bestand("met.svg"), encoding: .utf8)
        for tekst in ["In de sessie aangevuld door", "Ilse ter Horst", "Visie toetsen: rust en welzijn",
                      "Afspraken", "Dynamiek: "] {
            #expect(metNamen.contains(tekst), "\(tekst) niet op de muur")
        }

        let u = try WerkbankProces.voer(["analyseer", VerslagTests.hengelo, "--pseudoniem", "--uit", map.bestand("uit")])
        #expect(u.code == 0, "\(u.fout)")
        let uit = map.bestand("uit")
        var teksten: [String: String] = [:]
        for naam in ["tijdlijn.svg", "tijdlijn.json", "patronen.json"] {
            teksten[naam] = try String(contentsOfFile: (uit as NSString).appendingPathComponent(naam), encoding: .utf8)
        }
        let pdf = (uit as NSString).appendingPathComponent("tijdlijn.pdf")
        teksten["tijdlijn.pdf"] = try VerslagTests.pdfTekst(pdf) + VerslagTests.pdfInfo(pdf)
        for (bestand, tekst) in teksten {
            #expect(VerslagTests.gevonden(namen, in: tekst).isEmpty, "\(bestand): \(VerslagTests.gevonden(namen, in: tekst))")
        }
        let svg = teksten["tijdlijn.svg"] ?? ""
        #expect(svg.contains("In de sessie aangevuld door wijkcoach") && svg.contains("Visie toetsen: rust en welzijn"))
        // The PDF's detail pages: step 3's answers in full.
        #expect((teksten["tijdlijn.pdf"] ?? "").contains("dynamiek, effect op professionals en volgende stap, voluit"))
    }
}
