import Testing
@testable import Casus

/// One test per kind of problem a professional makes (issue 2, item 4).
@Suite struct IntakeFoutenTests {
    func enige(_ yaml: String) -> Melding? {
        let m = IntakeHulp.meldingen(yaml)
        #expect(m.count == 1, "verwacht één melding, kreeg: \(m.map(\.description))")
        return m.first
    }

    @Test func tabInInspringing() throws {
        // The rest is read past the tab (issue 17): only warnings about empty lists besides.
        let alle = IntakeHulp.meldingen("format: tijdlijn-format/1\ncasus: x\ningediend_door:\n  rol: a\n\torganisatie: b\n")
        #expect(alle.fouten.count == 1, "\(alle.map(\.description))")
        let m = try #require(alle.fouten.first)
        #expect((m.regel, m.kolom) == (5, 1))
        #expect(m.bericht.contains("tab"))
        #expect(m.hint?.contains("spaties") == true)
    }

    @Test func verkeerdeInspringing() throws {
        let yaml = "format: tijdlijn-format/1\ncasus: x\ningediend_door:\n  rol: a\n    organisatie: b\n"
        let m = try #require(IntakeHulp.meldingen(yaml).fouten.first)
        #expect(m.regel == 5)
        #expect(m.bericht.contains("organisatie springt 4 spaties in, de regel erboven 2"))
        #expect(m.pad == "f.yaml")
    }

    @Test func dubbelePuntInTekst() throws {
        let m = try #require(enige(IntakeHulp.format("gebeurtenissen:\n  - datum: 2019\n    wat: Afspraak: niet gekomen\n")))
        #expect(m.regel == 13)
        #expect(m.hint?.contains("aanhalingstekens") == true)
    }

    @Test func onbekendeSleutelMetSuggestie() throws {
        let m = try #require(enige(IntakeHulp.format("  - id: vader\n    rol: vader\n    blij van: vissen\n")))
        #expect((m.regel, m.kolom) == (13, 5))
        #expect(m.bericht.contains("'blij van'"))
        #expect(m.bericht.contains("bedoelde je blij_van?"))
    }

    @Test func onbekendeSleutelBovenaan() throws {
        let m = try #require(enige(IntakeHulp.format("interventie:\n  - naam: x\n")))
        #expect((m.regel, m.kolom) == (11, 1))
        #expect(m.bericht.contains("bedoelde je interventies?"))
    }

    @Test func verplichteSleutelOntbreekt() throws {
        let m = try #require(enige(IntakeHulp.format("interventies:\n  - naam: KIES\n    soort: kind\n    start: 2019\n")))
        #expect((m.regel, m.kolom) == (12, 5))
        #expect(m.bericht.contains("aanbieder ontbreekt"))
    }

    @Test func ongeldigeKeuzeNoemtToegestaneWaarden() throws {
        let m = try #require(enige(IntakeHulp.format("interventies:\n  - naam: KIES\n    aanbieder: X\n    soort: therapie\n    start: 2019\n")))
        #expect((m.regel, m.kolom) == (14, 12))
        #expect(m.hint?.contains("communicatie, gezamenlijk-ouderschap, mediation") == true)
    }

    @Test func onleesbareDatum() throws {
        let m = try #require(enige(IntakeHulp.format("gebeurtenissen:\n  - datum: ergens rond 2019\n    wat: x\n")))
        #expect((m.regel, m.kolom) == (12, 12))
        #expect(m.bericht.contains("'ergens rond 2019'"))
        #expect(m.hint?.contains("voorjaar 2019") == true)
    }

    @Test func eindeVoorStart() throws {
        let m = try #require(enige(IntakeHulp.format("interventies:\n  - naam: KIES\n    aanbieder: X\n    soort: kind\n    start: maart 2020\n    einde: 2019\n")))
        #expect((m.regel, m.kolom) == (16, 12))
        #expect(m.bericht.contains("vóór start"))
    }

    @Test func eindeInZelfdeJaarIsGeenFout() {
        #expect(IntakeHulp.meldingen(IntakeHulp.format("interventies:\n  - naam: KIES\n    aanbieder: X\n    soort: kind\n    start: 2019\n    einde: maart 2019\n")).isEmpty)
    }

    @Test func verkeerdeFormatversie() throws {
        let yaml = IntakeHulp.format().replacingOccurrences(of: "tijdlijn-format/1", with: "tijdlijn-format/2")
        let m = try #require(enige(yaml))
        #expect((m.regel, m.kolom) == (1, 9))
        #expect(m.hint?.contains("tijdlijn-format/1") == true)
    }

    @Test func leegFormatGeeftWaarschuwing() throws {
        let yaml = "format: tijdlijn-format/1\ncasus: x\ningediend_door:\n  rol: a\n  organisatie: b\n"
        let (format, meldingen) = Intake.leesFormat(tekst: yaml, pad: "f.yaml")
        #expect(format != nil)
        #expect(meldingen.map(\.ernst) == [.waarschuwing])
    }

    @Test func dubbeleSleutel() throws {
        let m = try #require(IntakeHulp.meldingen("format: tijdlijn-format/1\ncasus: x\ncasus: y\n").first)
        #expect(m.bericht.contains("twee keer"))
    }

    @Test func dubbelId() throws {
        let m = try #require(enige(IntakeHulp.format("  - id: kind-1\n    rol: kind\n")))
        #expect(m.regel == 11)
        #expect(m.bericht.contains("kind-1"))
    }

    /// `verlenging-ots` runs from court-ordered to court-ordered: van and naar may be equal.
    @Test func kaderBinnenGedwongenIsToegestaan() {
        #expect(IntakeHulp.meldingen(IntakeHulp.format("kader:\n  - datum: 2019\n    van: gedwongen\n    naar: gedwongen\n    maatregel: verlenging-ots\n")).isEmpty)
    }

    @Test func elkProbleemWordtGemeld() {
        let yaml = IntakeHulp.format("""
        gebeurtenissen:
          - datum: morgen
            wat: x
            soort: ruzie
          - wat: y
        interventies:
          - naam: KIES
            aanbieder: X
            soort: kindje
            start: 2019
            afloop: gelukt
        """)
        let m = IntakeHulp.meldingen(yaml)
        #expect(m.map(\.regel) == [12, 14, 15, 19, 21])
        #expect(m.allSatisfy { $0.ernst == .fout })
    }

    @Test func verwijzingNaarOnbekendIdIsWaarschuwing() {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format("""
        gebeurtenissen:
          - datum: 2019
            wat: x
            betrokkenen: [moeder, oma-mz, jeugdbeschermer]
        interventies:
          - naam: KIES
            aanbieder: X
            soort: kind
            start: 2019
            gericht_op: [kind-2]
        """), in: map)
        let invoer = Intake.leesCasusMap(pad: map)
        #expect(invoer.meldingen.map(\.ernst) == [.waarschuwing, .waarschuwing])
        #expect(invoer.meldingen.map(\.regel) == [14, 20])
        #expect(invoer.meldingen[0].bericht.contains("oma-mz"))
        #expect(invoer.meldingen[1].bericht.contains("kind-2"))
        #expect(invoer.formats.count == 1)
    }

    @Test func verwijzingNaarIdUitAnderFormatIsGoed() {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format("netwerk:\n  - id: oma-mz\n    rol: grootmoeder-mz\n"), naam: "a.yaml", in: map)
        IntakeHulp.schrijf(IntakeHulp.format(rol: "school", "gebeurtenissen:\n  - datum: 2019\n    wat: x\n    betrokkenen: oma-mz, kind-1\n"), naam: "b.yaml", in: map)
        #expect(Intake.leesCasusMap(pad: map).meldingen.isEmpty)
    }

    @Test func andereCasusInDezelfdeMap() throws {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format(), naam: "a.yaml", in: map)
        IntakeHulp.schrijf(IntakeHulp.format(rol: "school"), naam: "b.yaml", in: map)
        IntakeHulp.schrijf(IntakeHulp.format(casus: "ander-2023-01", rol: "gggd"), naam: "c.yaml", in: map)
        let invoer = Intake.leesCasusMap(pad: map)
        let m = try #require(invoer.meldingen.first)
        #expect(invoer.meldingen.count == 1)
        #expect(m.pad.hasSuffix("c.yaml"))
        #expect((m.regel, m.kolom) == (2, 8))
        #expect(invoer.casus == "test-2024-01")
    }

    @Test func vergetenFormatRegelWordtNietOvergeslagen() throws {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format().replacingOccurrences(of: "format: tijdlijn-format/1\n", with: ""), in: map)
        let m = try #require(Intake.leesCasusMap(pad: map).meldingen.first)
        #expect(m.bericht.contains("format ontbreekt"))
    }
}

@Suite struct SessieControleTests {
    @Test func annotatieOpOnbekendItemIsWaarschuwingMetPlek() throws {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format(), in: map)
        IntakeHulp.schrijf("""
        sessie: sessie/1
        casus: test-2024-01
        annotaties:
          - item: moeder
            soort: smiley
            door: facilitator
          - item: kind-9
            soort: sadney
            door: wijkcoach
            thema: kinderen
        """, naam: "sessie.yaml", in: map)
        let rapport = Intake.controleer(paden: [map])
        #expect(rapport.meldingen.count == 1)
        let m = try #require(rapport.meldingen.first)
        #expect(m.ernst == .waarschuwing)
        #expect((m.regel, m.kolom) == (7, 11))
        #expect(m.bericht.contains("kind-9"))
        #expect(m.bericht.contains("bedoelde je kind-1?"))
    }

    @Test func ongeldigeSessieIsFout() throws {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format(), in: map)
        IntakeHulp.schrijf("sessie: sessie/1\ncasus: test-2024-01\nannotaties:\n  - item: moeder\n    soort: blij\n    door: x\n    thema: gezin\n", naam: "sessie.yaml", in: map)
        let fouten = Intake.controleer(paden: [map]).meldingen.fouten
        #expect(fouten.map(\.regel) == [5, 7])
        #expect(fouten[0].hint?.contains("smiley, sadney") == true)
    }
}

@Suite struct PatronenYamlControleTests {
    @Test func controleerLeestOokPatronenYaml() throws {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format(), in: map)
        IntakeHulp.schrijf("opeenvolgende-hulp:\n  min_ketting: 4\n", naam: "patronen.yaml", in: map)
        let m = try #require(Intake.controleer(paden: [map]).meldingen.first)
        #expect(m.pad.hasSuffix("patronen.yaml"))
        #expect((m.regel, m.kolom) == (2, 3))
        #expect(m.bericht.contains("bedoelde je min_keten?"))
        // Given on its own, the file is checked too.
        #expect(Intake.controleer(paden: [map + "/patronen.yaml"]).meldingen.fouten.count == 1)
    }
}
