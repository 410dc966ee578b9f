import Testing
@testable import Casus
@testable import CasusOpslag

/// sessie/2 as sessie.md describes it: every key read, every sessie/1 file
/// still valid, every kind of bad input a melding with its place and a hint.
@Suite struct SessieV2LezerTests {
    static let volledig = """
        sessie: sessie/2
        casus: c
        datum: 2024-02-13
        facilitator: Annemiek
        deelnemers:
          - id: p1
            rol: wijkcoach
            organisatie: Wijkteam Hengelo
            naam: Fatima
            check_in: "Spannend: ik zat er in 2019 zelf in."
          - jeugdbeschermer
        gezinsleden:
          - id: kind-1
            eigenheid: Grappig en creatief als ze zich veilig voelt.
            blij_van: Paarden.
            mechanisme: Trekt zich terug.
            door: p1
        annotaties:
          - item: i1
            soort: sadney
            door: p1
        kies:
          - item: i1
            veld: wat
            bron: wijkcoach
          - item: i1
            veld: datum
            tekst: 22 januari 2022
        visie:
          - principe: 2
            oordeel: niet
            toelichting: Eén plan voor één gezin.
            had_kunnen: Twee plannen voor twee gezinnen.
            items: [i1, i2]
        afspraken:
          - Gewoon een tekst.
          - wat: Regiehouder belt school.
            wie: wijkcoach
            wanneer: april 2024
            items: [i1]
            status: open
        evaluatie:
          - door: p1
            tekst: Het vloog voorbij.

        """

    static func lees(_ tekst: String) -> (Sessie?, [Melding]) {
        Intake.leesSessie(tekst: tekst, pad: "sessie.yaml")
    }

    @Test func elkeSleutelWordtGelezen() throws {
        let (sessie, meldingen) = Self.lees(Self.volledig)
        #expect(meldingen.isEmpty, "\(meldingen)")
        let s = try #require(sessie)
        #expect(s.deelnemers == [Deelnemer(id: "p1", rol: "wijkcoach", organisatie: "Wijkteam Hengelo", naam: "Fatima",
                                           checkIn: "Spannend: ik zat er in 2019 zelf in."), "jeugdbeschermer"])
        #expect(s.gezinsleden == [GezinslidAanvulling(id: "kind-1", eigenheid: "Grappig en creatief als ze zich veilig voelt.",
                                                      blijVan: "Paarden.", mechanisme: "Trekt zich terug.", door: "p1")])
        #expect(s.kies == [Keuze(item: "i1", veld: "wat", bron: "wijkcoach"), Keuze(item: "i1", veld: "datum", tekst: "22 januari 2022")])
        #expect(s.visie == [VisieOordeel(principe: 2, oordeel: .niet, toelichting: "Eén plan voor één gezin.",
                                         hadKunnen: "Twee plannen voor twee gezinnen.", items: ["i1", "i2"])])
        #expect(s.afspraken == ["Gewoon een tekst.", Afspraak(wat: "Regiehouder belt school.", wie: "wijkcoach",
                                                             wanneer: DatumParser.parse("april 2024"), items: ["i1"], status: .open)])
        #expect(s.evaluatie == [Evaluatie(door: "p1", tekst: "Het vloog voorbij.")])
    }

    @Test func eenSessie1BestandBlijftGeldigEnBetekentHetzelfde() throws {
        let (sessie, meldingen) = Self.lees("sessie: sessie/1\ncasus: c\ndeelnemers: [wijkcoach, school]\nafspraken: [Bellen.]\n")
        #expect(meldingen.isEmpty)
        #expect(sessie?.deelnemers == ["wijkcoach", "school"])
        #expect(sessie?.afspraken == ["Bellen."])
    }

    @Test func schrijvenEnTeruglezenGeeftDezelfdeInhoud() throws {
        let s = try #require(Self.lees(Self.volledig).0)
        let (terug, meldingen) = Self.lees(try SessieSchrijver.yaml(s))
        #expect(meldingen.isEmpty, "\(meldingen)")
        #expect(terug == s)
    }

    @Test func sessie2SleutelsInEenSessie1BestandZijnEenWaarschuwing() throws {
        let (sessie, meldingen) = Self.lees("sessie: sessie/1\ncasus: c\nevaluatie:\n  - door: p1\n    tekst: Goed.\n")
        #expect(sessie?.evaluatie.count == 1)
        let m = try #require(meldingen.first)
        #expect(m.ernst == .waarschuwing && (m.regel, m.kolom) == (3, 1))
        #expect(m.hint == "schrijf sessie: sessie/2")
    }

    /// One bad value per rule, each a fout at its own line with a hint.
    @Test(arguments: [
        ("deelnemers:\n  - id: p1\n    organisatie: X\n", 2, "verplichte sleutel rol"),
        ("deelnemers:\n  - id: p1\n    rol: a\n  - id: p1\n    rol: b\n", 4, "komt twee keer voor"),
        ("deelnemers:\n  - id: p1\n    rol: a\n    checkin: x\n", 4, "bedoelde je check_in?"),
        ("gezinsleden:\n  - eigenheid: x\n", 2, "verplichte sleutel id"),
        ("kies:\n  - item: i1\n    veld: wat\n", 2, "een bron of een eigen tekst"),
        ("kies:\n  - item: i1\n    veld: wat\n    bron: b\n    tekst: t\n", 5, "niet allebei"),
        ("kies:\n  - item: i1\n    veld: datum\n    tekst: ooit eens\n", 4, "onleesbare datum"),
        ("kies:\n  - item: i1\n    veld: watt\n    bron: b\n", 3, "bedoelde je wat?"),
        ("kies:\n  - item: i1\n    veld: wat\n    bron: b\n  - item: i1\n    veld: wat\n    bron: c\n", 5, "al gekozen op regel 4"),
        ("visie:\n  - principe: 9\n    oordeel: wel\n", 2, "acht principes"),
        ("visie:\n  - principe: twee\n    oordeel: wel\n", 2, "acht principes"),
        ("visie:\n  - principe: 2\n    oordeel: soms\n", 3, "ongeldige waarde 'soms'"),
        ("visie:\n  - principe: 2\n", 2, "verplichte sleutel oordeel"),
        ("visie:\n  - principe: 2\n    oordeel: wel\n  - principe: 2\n    oordeel: niet\n", 4, "al een oordeel (regel 4)"),
        ("afspraken:\n  - wie: wijkcoach\n", 2, "verplichte sleutel wat"),
        ("afspraken:\n  - wat: x\n    wanneer: binnenkort\n", 3, "onleesbare datum"),
        ("afspraken:\n  - wat: x\n    status: klaar\n", 3, "ongeldige waarde 'klaar'"),
        ("evaluatie:\n  - door: p1\n", 2, "verplichte sleutel tekst"),
        ("evaluatie: Het vloog voorbij.\n", 1, "moet een lijst zijn"),
    ])
    func foutMetPlekEnHint(extra: String, regel: Int, bericht: String) throws {
        let (sessie, meldingen) = Self.lees("sessie: sessie/2\ncasus: c\n" + extra)
        #expect(sessie == nil)
        let m = try #require(meldingen.fouten.first, "geen fout voor \(extra)")
        #expect(m.regel == regel + 2, "\(m)")
        #expect(m.bericht.contains(bericht), "\(m)")
        #expect(m.hint != nil)
    }

    @Test func eenAanvullingZonderInhoudIsEenWaarschuwing() throws {
        let (sessie, meldingen) = Self.lees("sessie: sessie/2\ncasus: c\ngezinsleden:\n  - id: kind-1\n    door: p1\n")
        #expect(sessie?.gezinsleden.count == 1)
        #expect(meldingen.map(\.ernst) == [.waarschuwing])
    }

    @Test func eenNaamWaarEenRolOfIdHoortIsEenWaarschuwing() throws {
        let tekst = """
            sessie: sessie/2
            casus: c
            facilitator: Annemiek
            deelnemers:
              - id: p1
                rol: wijkcoach
                naam: Fatima
            afspraken:
              - wat: Bellen.
                wie: Annemiek
            evaluatie:
              - door: fatima
                tekst: Goed.

            """
        let (sessie, meldingen) = Self.lees(tekst)
        #expect(sessie != nil)
        #expect(meldingen.map(\.regel) == [10, 12])
        #expect(meldingen.allSatisfy { $0.ernst == .waarschuwing && $0.bericht.contains("naam") })
    }
}
