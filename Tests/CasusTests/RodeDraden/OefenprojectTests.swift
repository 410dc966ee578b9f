@testable import Casus
import CasusApp
import Foundation
import Testing

/// `casus genereer` as practice material: full sessie/2 sessions whose sticky
/// notes fit their item, a vision test, agreements with who, when and status,
/// an evaluation, and a `project.yaml` that gives a full report.
@Suite("Oefenproject uit de generator")
struct OefenprojectTests {
    @Test func eenVolledigeSessiePerCasus() {
        for index in 0..<20 {
            let c = CasusGenerator.genereer(index: index, zaad: 3)
            let s = c.sessie
            #expect(s.datum != nil && s.facilitator != nil)
            #expect(s.deelnemers.count == c.formats.count)
            #expect(Set(s.deelnemers.map(\.rol)) == Set(c.formats.map(\.ingediendDoor.rol)))
            let ids = Set(s.deelnemers.compactMap(\.id))
            #expect(s.annotaties.allSatisfy { ids.contains($0.door) })
            #expect(!s.visie.isEmpty && s.visie.allSatisfy { Principe.nummers.contains($0.principe) })
            #expect(s.visie.filter { $0.oordeel != .wel }.allSatisfy { $0.hadKunnen != nil })
            #expect(!s.afspraken.isEmpty && s.afspraken.allSatisfy { $0.wie != nil && $0.wanneer != nil && $0.status != nil })
            #expect(!s.evaluatie.isEmpty)
        }
    }

    /// A smiley on a child says something about the child, one on mediation about the table.
    @Test func elkeToelichtingPastBijZijnItem() {
        var gezien = 0
        for index in 0..<20 {
            let c = CasusGenerator.genereer(index: index, zaad: 4)
            let kandidaten = SessieGenerator.kandidaten(CasusGenerator.standaardSamenvoegen(c.formats))
            for a in c.sessie.annotaties {
                let kandidaat = kandidaten.first { $0.id == a.item }
                #expect(kandidaat != nil, "\(a.item)")
                guard let kandidaat else { continue }
                if let thema = a.thema { #expect(kandidaat.themas.contains(thema), "\(a.item): \(thema)") }
                guard let tekst = a.toelichting else { continue }
                gezien += 1
                let passend = SessieTeksten.toelichtingen[kandidaat.moment]
                #expect((a.soort == .smiley ? passend?.smiley : passend?.sadney)?.contains(tekst) == true,
                        "\(a.item) (\(kandidaat.moment)): \(tekst)")
            }
        }
        #expect(gezien > 50)
    }

    @Test func eenGegenereerdProjectGeeftEenVolledigRapport() throws {
        let map = TijdelijkeMap()
        let mappen = try CasusGenerator.schrijf(aantal: 6, uit: map.bestand("proef"), zaad: 1, project: map.bestand("project.yaml"))
        let (project, meldingen) = Project.lees(pad: map.bestand("project.yaml"))
        #expect(meldingen.isEmpty, "\(meldingen.map(\.description))")
        let p = try #require(project)
        #expect(p.themas.count == Thema.allCases.count && !p.gesprekken.isEmpty && p.periode != nil)
        let r = try #require(RodeDradenPijplijn.voerUit(mappen: mappen).rodeDraden)
        let s = try #require(r.sessies)
        #expect(s.sessies == 6 && s.deelnemers > 20 && !s.afspraken.isEmpty)
        #expect(s.visie.contains { !$0.niet.isEmpty })
        let html = HTMLSchrijver.html(RodeDradenRapport.document(r, project: p))
        for verwacht in ["Visie toetsen", "Afspraken uit de sessies", "Bijlage: casus", "Conclusie", "In gesprek"] {
            #expect(html.contains(verwacht), "\(verwacht)")
        }
        #expect(!html.contains("Niet ingevuld in project.yaml"))
    }
}
