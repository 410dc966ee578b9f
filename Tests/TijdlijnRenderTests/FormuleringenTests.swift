import Casus
import Foundation
import Testing
@testable import TijdlijnRender

/// The PDF lists every source's own words for items of several sources (issue 14).
@Suite struct FormuleringenTests {
    static let tijdlijn = Samenvoeger.voegSamen([
        TijdlijnFormat(bestand: "a.yaml", casus: "c", ingediendDoor: Indiener(rol: "advocaat", organisatie: "Kantoor"),
                       gebeurtenissen: [Gebeurtenis(datum: Datum(tekst: "2022-01", van: Dag(2022, 1, 1), tot: Dag(2022, 1, 31),
                                                                 precisie: .maand),
                                                    wat: "Cliënt wordt bij de overdracht aangevallen.", soort: .incident,
                                                    betrokkenen: ["vader"])]),
        TijdlijnFormat(bestand: "b.yaml", casus: "c", ingediendDoor: Indiener(rol: "wijkcoach", organisatie: "Wijkteam"),
                       gebeurtenissen: [Gebeurtenis(datum: Datum(tekst: "2022-01", van: Dag(2022, 1, 1), tot: Dag(2022, 1, 31),
                                                                 precisie: .maand),
                                                    wat: "Ruzie bij de overdracht, vader aangevallen.", soort: .incident,
                                                    betrokkenen: ["vader"])]),
    ]).tijdlijn

    @Test func elkeFormuleringStaatErin() {
        let regels = Formuleringen.regels(Self.tijdlijn).map(\.tekst)
        #expect(regels.first == "G1 — getoond: 2022-01: Ruzie bij de overdracht, vader aangevallen.")
        #expect(regels.contains("   advocaat-kantoor: 2022-01: Cliënt wordt bij de overdracht aangevallen."))
        #expect(regels.count == 3)
    }

    @Test func dePdfKrijgtEenPaginaMetDeFormuleringen() throws {
        let pdf = try TijdlijnRenderer(Self.tijdlijn).pdfData()
        #expect(pdf.paginas == 2)
    }
}
