import Testing
@testable import Casus

/// Intake messages that get a format right in one round: the five mistakes professionals
/// made with the YAML template each get the right message at the line of the mistake.
@Suite struct IntakeEenRondeTests {
    static let basis = IntakeHulp.format("""
        gebeurtenissen:
          - datum: 2019-03
            wat: Eerste gebeurtenis.

        """)

    func meldingen(_ extra: String) -> [Melding] {
        Intake.leesFormat(tekst: Self.basis + extra, pad: "f.yaml").1
    }

    /// Line of the first line of `extra` in the file.
    var eersteExtraRegel: Int { Self.basis.split(separator: "\n", omittingEmptySubsequences: false).count }

    @Test func gekruldeAanhalingstekensWordenGenoemd() throws {
        let m = meldingen("  - datum: 2019-04\n    wat: “Afspraak: niemand komt”\n")
        #expect(m.count == 1)
        let melding = try #require(m.first)
        #expect(melding.regel == eersteExtraRegel + 1)
        #expect(melding.bericht.contains("gekrulde aanhalingstekens"))
        #expect(melding.hint?.contains("vervang “ en ” door \"") == true)
        #expect(!melding.bericht.contains("zet de hele tekst tussen aanhalingstekens"))
    }

    @Test func inspringingZegtHoeDezeEnDeBurenInspringen() throws {
        let m = meldingen("  - datum: 2019-04\n    wat: Tweede.\n     soort: incident\n")
        #expect(m.count == 1)
        let melding = try #require(m.first)
        #expect(melding.regel == eersteExtraRegel + 2)
        #expect(melding.bericht.contains("soort springt 5 spaties in, de regel erboven 4"))
        #expect(!melding.bericht.contains("dubbele punt"))
    }

    @Test func teWeinigIngesprongenNoemtDeNiveausErboven() throws {
        let m = meldingen("  - datum: 2019-04\n    wat: Tweede.\n   soort: incident\n")
        let melding = try #require(m.first)
        #expect(melding.regel == eersteExtraRegel + 2)
        #expect(melding.bericht.contains("soort springt 3 spaties in"))
        #expect(melding.bericht.contains("4"))
    }

    @Test func ontbrekendeSpatieNaDubbelePunt() throws {
        let m = meldingen("  - datum: 2019-04\n    soort:incident\n    wat: Tweede.\n")
        #expect(m.count == 1)
        let melding = try #require(m.first)
        #expect(melding.regel == eersteExtraRegel + 1)
        #expect(melding.bericht == "na de dubbele punt achter soort ontbreekt een spatie")
        #expect(melding.hint == "schrijf soort: incident")
    }

    @Test(arguments: [
        ("31-02-2021", "februari 2021 heeft 28 dagen"),
        ("29 februari 2019", "februari 2019 heeft 28 dagen"),
        ("2020-04-31", "april 2020 heeft 30 dagen"),
        ("2019-13", "een maand 13 bestaat niet"),
        ("14-13-2019", "een maand 13 bestaat niet"),
        ("maart 1850", "het jaar 1850 ligt niet tussen 1900 en 2100"),
    ])
    func onmogelijkeDatumZegtWaarom(tekst: String, reden: String) throws {
        let m = meldingen("  - datum: \(tekst)\n    wat: Tweede.\n")
        let melding = try #require(m.first)
        #expect(m.count == 1)
        #expect(melding.regel == eersteExtraRegel)
        #expect(melding.bericht.contains("onmogelijke datum '\(tekst)'"))
        #expect(melding.bericht.contains(reden))
        #expect(melding.hint?.contains("14-03-2019") != true)
    }

    /// One syntax error and four content errors elsewhere: all five in one run.
    @Test func eenSyntaxfoutVerbergtNietsAnders() {
        let yaml = """
            format: tijdlijn-format/1
            casus: test-2024-01
            ingediend_door:
              rol: wijkcoach
              organisatie: Wijkteam Oost
            gezinsleden:
              - id: moeder
                rol: mama
            gebeurtenissen:
              - datum: 2019-03
                wat: Afspraak: niemand komt
              - datum: 2019-13
                wat: Tweede.
              - datum: 2020
                wat: Derde.
                soort: incdent
            interventies:
              - naam: KIES
                aanbieder: Humanitas
                soort: kind
                start: 2021
                einde: 2020
            """
        let (format, meldingen) = Intake.leesFormat(tekst: yaml, pad: "f.yaml")
        #expect(format == nil)
        #expect(meldingen.map(\.regel) == [8, 11, 12, 16, 22], "\(meldingen.map(\.description))")
        #expect(meldingen.allSatisfy { $0.ernst == .fout })
        #expect(meldingen[1].bericht.contains("dubbele punt"))
        #expect(meldingen[1].hint?.contains("aanhalingstekens") == true)
    }

    @Test func meerdereSyntaxfoutenElkOpHunRegel() {
        let yaml = IntakeHulp.format("""
            gebeurtenissen:
              - datum: 2019
                wat: “Een: twee”
              - datum: 2020
                soort:incident
                wat: Drie.
              - datum: 2021
                wat: Vier.
                 bron: dossier
            """)
        let m = Intake.leesFormat(tekst: yaml, pad: "f.yaml").1
        let start = IntakeHulp.format("").split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(m.map(\.regel) == [start + 2, start + 4, start + 8], "\(m.map(\.description))")
    }

    @Test func nietAfgeslotenAanhalingstekenEnDeRest() {
        let yaml = IntakeHulp.format("""
            gebeurtenissen:
              - datum: 2019
                wat: "Begin van een tekst
              - datum: 2019-14
                wat: Twee.
            """)
        let m = Intake.leesFormat(tekst: yaml, pad: "f.yaml").1
        #expect(m.contains { $0.bericht.contains("aanhalingsteken") }, "\(m.map(\.description))")
        #expect(m.contains { $0.bericht.contains("maand 14") }, "\(m.map(\.description))")
    }

    /// Tabs stop no more than their own lines: each is reported, and the rest of the
    /// file (content errors after them) is still checked in the same run.
    @Test func tabsVerbergenNietsAnders() {
        let yaml = "format: tijdlijn-format/1\ncasus: test-2024-01\ningediend_door:\n  rol: wijkcoach\n"
            + "\torganisatie: Wijkteam Oost\ngezinsleden:\n  - id: moeder\n\t  rol: mama\n"
            + "gebeurtenissen:\n  - datum: 2019-13\n    wat: Een.\n  - datum: 2020\n    wat: Twee.\n    soort: incdent\n"
        let (format, meldingen) = Intake.leesFormat(tekst: yaml, pad: "f.yaml")
        #expect(format == nil)
        #expect(meldingen.fouten.map(\.regel) == [5, 8, 10, 14], "\(meldingen.map(\.description))")
        #expect(meldingen.filter { $0.bericht.contains("tab") }.map(\.regel) == [5, 8])
        #expect(meldingen.contains { $0.regel == 10 && $0.bericht.contains("maand 13") })
    }
}
