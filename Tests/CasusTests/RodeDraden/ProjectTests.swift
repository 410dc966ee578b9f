import Foundation
import Testing
@testable import Casus

/// `project.yaml` (project.md): read with places and hints, and what it adds to the report.
@Suite struct ProjectTests {
    static let goed = """
    project: project/1
    titel: "Analyses die werken"
    opdrachtgever: Regio Twente
    gemeenten: [Almelo, Hengelo]
    themas:
      kinderen:
        conclusie: Het ging zelden over de kinderen.
        van_naar:
          - van: Praten over de kinderen
            naar: Kinderen zelf aan het woord
        aanbevelingen: ["Begin bij het kind."]
      Dogma's:
        conclusie: Eén plan bleef het doel.
    gesprekken:
      - met: Advocaten
        datum: mei 2024
        aanvullingen: [Mediation naast een procedure werkt niet.]
    """

    @Test func eenGoedProject() throws {
        let (project, meldingen) = Project.lees(tekst: Self.goed, pad: "project.yaml")
        #expect(meldingen.isEmpty, "\(meldingen)")
        let p = try #require(project)
        #expect(p.titel == "Analyses die werken")
        #expect(p.gemeenten == ["Almelo", "Hengelo"])
        #expect(p.themas[.kinderen]?.vanNaar == [VanNaar(van: "Praten over de kinderen", naar: "Kinderen zelf aan het woord")])
        #expect(p.themas[.dogmas]?.conclusie == "Eén plan bleef het doel.")
        #expect(p.gesprekken.first?.aanvullingen.count == 1)
    }

    @Test func elkeFoutMetPlekEnTip() {
        let fout = """
        project: project/2
        titl: Iets
        themas:
          kinderren:
            conclusie: x
          processen:
            van_naar:
              - van: alleen van
        gesprekken:
          - datum: mei
        """
        let (project, meldingen) = Project.lees(tekst: fout, pad: "project.yaml")
        #expect(project == nil)
        let teksten = meldingen.map(\.description)
        #expect(teksten.contains { $0.hasPrefix("project.yaml:1:") && $0.contains("onbekende versie 'project/2'") })
        #expect(teksten.contains { $0.hasPrefix("project.yaml:2:1") && $0.contains("bedoelde je titel?") })
        #expect(teksten.contains { $0.contains("verplichte sleutel titel ontbreekt") })
        #expect(teksten.contains { $0.hasPrefix("project.yaml:4:") && $0.contains("onbekend thema 'kinderren'; bedoelde je kinderen?") })
        #expect(teksten.contains { $0.hasPrefix("project.yaml:8:") && $0.contains("verplichte sleutel naar ontbreekt") })
        #expect(teksten.contains { $0.hasPrefix("project.yaml:10:") && $0.contains("verplichte sleutel met ontbreekt") })
        #expect(meldingen.count >= 6)
    }

    @Test func hetRapportMetEnZonderProject() throws {
        let r = RodeDraden.bereken([Analyse(tijdlijn: Tijdlijn(casus: "a"))])
        let (project, _) = Project.lees(tekst: Self.goed, pad: "project.yaml")
        let met = HTMLSchrijver.html(RodeDradenRapport.document(r, project: project))
        #expect(met.contains("<title>Analyses die werken</title>"))
        #expect(met.contains("Het ging zelden over de kinderen."))
        #expect(met.contains("Kinderen zelf aan het woord"))
        #expect(met.contains("In gesprek"))
        #expect(met.contains("Niet ingevuld in project.yaml: periode, projectleider, inleiding."))
        let zonder = HTMLSchrijver.html(RodeDradenRapport.document(r))
        #expect(zonder.contains("Zonder project.yaml"))
    }
}

/// Through the real binary: a broken project.yaml stops the report with exit 1.
@Suite struct ProjectCommandoTests {
    @Test func kapotProjectGeeftExit1MetPlek() throws {
        let map = TijdelijkeMap()
        let project = map.bestand("project.yaml")
        try "project: project/1\ntitel: x\nthemas:\n  kinderren: {conclusie: y}\n".write(toFile: project, atomically: true, encoding: .utf8)
        let r = try WerkbankProces.voer(["rode-draden", Repo.pad("examples/hengelo-2024-02"), "--project", project,
                                         "--rapport", map.bestand("r.html")])
        #expect(r.code == 1)
        #expect(r.fout.contains("project.yaml:4:3: fout: onbekend thema 'kinderren'; bedoelde je kinderen?"))
        #expect(!FileManager.default.fileExists(atPath: map.bestand("r.html")))
    }

    @Test func csvEnRapportMetProject() throws {
        let map = TijdelijkeMap()
        let r = try WerkbankProces.voer(["rode-draden", Repo.pad("examples/hengelo-2024-02"), Repo.pad("examples/almelo-2023-07"),
                                         "--project", Repo.pad("examples/project.yaml"),
                                         "--rapport", map.bestand("r.html"), "--csv", map.bestand("csv")])
        #expect(r.code == 0, "\(r.fout)")
        let html = try String(contentsOfFile: map.bestand("r.html"), encoding: .utf8)
        #expect(html.contains("Hoe de analyses zijn gedaan"))
        #expect(FileManager.default.fileExists(atPath: map.bestand("csv/patronen.csv")))
    }
}
