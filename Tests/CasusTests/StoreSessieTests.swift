import Foundation
import GRDB
import Testing
@testable import Casus
@testable import CasusOpslag

@Suite struct StoreSessieTests {
    @Test(arguments: Motor.alle) func annotatiesKrijgenVasteNummersEnVerwijderenStaatInHetLogboek(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let wb = try StoreVoorbeeld.werkbank(in: opslag)
        let a = try wb.annoteer(casus: "c", Annotatie(item: "i1", soort: .smiley, door: "Anna",
                                                      thema: .processen, toelichting: "werkte"), anker: nil)
        let b = try wb.annoteer(casus: "c", Annotatie(item: "i2", soort: .sadney, door: "Bert"), anker: nil)
        try wb.verwijderAnnotatie(casus: "c", nummer: a, door: "Anna")
        let c = try wb.annoteer(casus: "c", Annotatie(item: "i3", soort: .smiley, door: "Cor"), anker: nil)
        #expect(c > b)  // numbers are never reused
        #expect(try wb.annotaties(casus: "c").map(\.annotatie.item) == ["i2", "i3"])
        let log = try wb.logboek(casus: "c")
        #expect(log.map(\.actie) == ["importeer", "annoteer", "annoteer", "verwijder-annotatie", "annoteer"])
        #expect(log[3].details.contains("smiley op i1 door Anna (thema processen): werkte"))
        #expect(throws: WerkbankFout.onbekendeAnnotatie(casus: "c", nummer: a)) {
            try wb.verwijderAnnotatie(casus: "c", nummer: a, door: "Anna")
        }
    }

    @Test(arguments: Motor.alle) func hetLogboekKanAlleenWordenAangevuld(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let wb = try StoreVoorbeeld.werkbank(in: opslag)
        // Straight to the database, past every check of the client: the engine refuses.
        for sql in ["DELETE FROM logboek", "UPDATE logboek SET wie = 'iemand anders'"] {
            #expect(throws: WerkbankFout.self) { try wb.schrijf { try $0.execute(sql: sql) } }
            do {
                try wb.schrijf { try $0.execute(sql: sql) }
            } catch {
                #expect("\(error)".contains("het logboek kan alleen worden aangevuld"))
            }
        }
        #expect(try wb.logboek(casus: "c").count == 1)
    }

    @Test(arguments: Motor.alle) func onbekendeCasusNoemtDeBekende(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let wb = try StoreVoorbeeld.werkbank(in: opslag)
        #expect(throws: WerkbankFout.onbekendeCasus("x", bekend: ["c"])) {
            try wb.annoteer(casus: "x", Annotatie(item: "i", soort: .smiley, door: "A"), anker: nil)
        }
    }

    @Test(arguments: Motor.alle) func correctiesEnAfsprakenVormenDeSessie(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let wb = try StoreVoorbeeld.werkbank(in: opslag)
        try wb.koppel(casus: "c", Koppeling(items: ["a", "b"], toelichting: "zelfde"), door: "F")
        let o = try wb.ontkoppel(casus: "c", Ontkoppeling(item: "d", bron: "wijkcoach"), door: "F")
        try wb.legAfspraakVast(casus: "c", "volgende keer de school erbij", door: "F")
        #expect(throws: WerkbankFout.self) { try wb.koppel(casus: "c", Koppeling(items: ["a", "a"]), door: "F") }
        var sessie = try wb.sessie(casus: "c")
        #expect(sessie.koppel == [Koppeling(items: ["a", "b"], toelichting: "zelfde")])
        #expect(sessie.ontkoppel == [Ontkoppeling(item: "d", bron: "wijkcoach")])
        #expect(sessie.afspraken == ["volgende keer de school erbij"])
        try wb.verwijderCorrectie(casus: "c", nummer: o, door: "F")
        sessie = try wb.sessie(casus: "c")
        #expect(sessie.ontkoppel.isEmpty)
        #expect(try wb.logboek(casus: "c").map(\.actie).suffix(4)
                == ["koppel", "ontkoppel", "afspraak", "verwijder-correctie"])
    }

    @Test(arguments: Motor.alle) func gewijzigdFormatWordtEenNieuweVersieEnDeOudeBlijft(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let wb = try StoreVoorbeeld.werkbank(in: opslag)
        let geen: @Sendable (String, [OpgeslagenFormat], Sessie) -> Tijdlijn? = { _, _, _ in nil }
        let zelfde = try wb.importeer([StoreVoorbeeld.format("c", tekst: "versie 1\n")], sessies: [],
                                      door: "t", samenvoegen: geen)
        #expect(zelfde.formats.map(\.uitkomst) == [.ongewijzigd])
        let anders = try wb.importeer([StoreVoorbeeld.format("c", tekst: "versie 2\n", bestand: "nieuw.yaml")],
                                      sessies: [], door: "t", samenvoegen: geen)
        #expect(anders.formats.map(\.uitkomst) == [.nieuweVersie])
        #expect(anders.formats.map(\.versie) == [2])
        #expect(try wb.laatsteVersies(casus: "c").map(\.tekst) == ["versie 2\n"])
        #expect(try wb.alleVersies(casus: "c").map(\.tekst) == ["versie 1\n", "versie 2\n"])
        #expect(try wb.logboek(casus: "c").filter { $0.actie == "importeer" }.count == 2)
    }

    @Test(arguments: Motor.alle) func tweeBronnenMetDezelfdeRolInEenImportBlijvenGescheiden(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let wb = try opslag.open()
        _ = try wb.importeer([StoreVoorbeeld.format("c", tekst: "a", bestand: "a.yaml"),
                              StoreVoorbeeld.format("c", tekst: "b", bestand: "b.yaml")],
                             sessies: [], door: "t") { _, _, _ in nil }
        #expect(try wb.laatsteVersies(casus: "c").map(\.tekst).sorted() == ["a", "b"])
    }

    @Test(arguments: Motor.alle) func annotatiesVolgenHunItemOfWordenWeesMaarBlijven(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let wb = try opslag.open()
        // Version 1 has KIES in 2019 and mediation; version 2 moves KIES to 2020 and drops mediation.
        var huidig = StoreVoorbeeld.tijdlijn("c", [
            StoreVoorbeeld.interventie("interventie-kies-2019", naam: "KIES", jaar: 2019),
            StoreVoorbeeld.interventie("interventie-mediation-2018", naam: "mediation", jaar: 2018),
        ])
        let sessie = Sessie(casus: "c", annotaties: [
            Annotatie(item: "interventie-kies-2019", soort: .smiley, door: "Anna"),
            Annotatie(item: "interventie-mediation-2018", soort: .sadney, door: "Bert"),
        ])
        _ = try wb.importeer([StoreVoorbeeld.format("c", tekst: "v1")], sessies: [sessie], door: "t") { [huidig] _, _, _ in huidig }
        huidig = StoreVoorbeeld.tijdlijn("c", [StoreVoorbeeld.interventie("interventie-kies-2020", naam: "KIES", jaar: 2020)])
        let verslag = try wb.importeer([StoreVoorbeeld.format("c", tekst: "v2")], sessies: [], door: "t") { [huidig] _, _, _ in huidig }
        #expect(verslag.sessie.verhuisd.map(\.naar) == ["interventie-kies-2020"])
        #expect(verslag.sessie.verweesd.map(\.annotatie.item) == ["interventie-mediation-2018"])
        let items = try wb.annotaties(casus: "c").map(\.annotatie.item)
        #expect(items == ["interventie-kies-2020", "interventie-mediation-2018"])
        #expect(try wb.logboek(casus: "c").contains { $0.actie == "verhuis-annotatie" })
    }

    @Test(arguments: Motor.alle) func eenSessieTweemaalImporterenVoegtNietsDubbelsToe(motor: Motor) throws {
        let opslag = try ProefOpslag(motor)
        let wb = try StoreVoorbeeld.werkbank(in: opslag)
        let sessie = Sessie(casus: "c",
                            annotaties: [Annotatie(item: "i", soort: .smiley, door: "A"),
                                         Annotatie(item: "i", soort: .smiley, door: "A")],
                            koppel: [Koppeling(items: ["a", "b"])],
                            ontkoppel: [Ontkoppeling(item: "d", bron: "w")], afspraken: ["x"])
        for _ in 0..<2 {
            _ = try wb.importeer([], sessies: [sessie], door: "t") { _, _, _ in nil }
        }
        let terug = try wb.sessie(casus: "c")
        #expect(terug == sessie)
    }

    @Test func ontbrekendTeltDubbelen() {
        #expect(Werkbank.ontbrekend([1, 1, 2], naast: [1]) == [1, 2])
        #expect(Werkbank.ontbrekend([1], naast: [1, 1]) == [])
    }
}
