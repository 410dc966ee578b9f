import Testing
@testable import Casus

/// YAML 1.1 reads `nee` as false and `2019-03-14` as a timestamp; a professional meant text.
@Suite struct YamlValkuilenTests {
    @Test func waardenKomenAanAlsTekst() throws {
        let yaml = IntakeHulp.format("""
        gebeurtenissen:
          - datum: 2019-03-14
            wat: nee
            dynamiek: no
            volgende_stap: ja
            bron: 2019
          - datum: 2019
            wat: "on"
            effect_professionals: 1e3
        """)
        let (format, meldingen) = Intake.leesFormat(tekst: yaml, pad: "f.yaml")
        #expect(meldingen.isEmpty)
        let g = try #require(format?.gebeurtenissen)
        #expect(g[0].datum.tekst == "2019-03-14")
        #expect(g[0].datum.precisie == .dag)
        #expect(g[0].wat == "nee")
        #expect(g[0].dynamiek == "no")
        #expect(g[0].volgendeStap == "ja")
        #expect(g[0].bron == "2019")
        #expect(g[1].datum.precisie == .jaar)
        #expect(g[1].wat == "on")
        #expect(g[1].effectProfessionals == "1e3")
    }

    @Test func opmaakInTekstBlijftLetterlijk() throws {
        let yaml = IntakeHulp.format("gebeurtenissen:\n  - datum: 2019\n    wat: \"<script>alert(1)</script> & <b>\"\n")
        let format = try #require(Intake.leesFormat(tekst: yaml, pad: "f.yaml").0)
        #expect(format.gebeurtenissen[0].wat == "<script>alert(1)</script> & <b>")
    }

    @Test func kommaLijstIsLijst() throws {
        let yaml = IntakeHulp.format("gebeurtenissen:\n  - datum: 2019\n    wat: x\n    betrokkenen: moeder, kind-1\n")
        let format = try #require(Intake.leesFormat(tekst: yaml, pad: "f.yaml").0)
        #expect(format.gebeurtenissen[0].betrokkenen == ["moeder", "kind-1"])
    }

    @Test func legeWaardeIsAfwezig() throws {
        let yaml = IntakeHulp.format("interventies:\n  - naam: KIES\n    aanbieder: X\n    soort: kind\n    start: 2019\n    einde:\n    afloop: ~\n")
        let format = try #require(Intake.leesFormat(tekst: yaml, pad: "f.yaml").0)
        #expect(format.interventies[0].einde == nil)
        #expect(format.interventies[0].afloop == nil)
    }
}
