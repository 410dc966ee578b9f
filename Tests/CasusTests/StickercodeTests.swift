import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag
import CasusApp

/// Sticker codes (issue 14): short, by kind, on every dated item, accepted
/// wherever an item id is; in the workbench never renumbered.
@Suite struct StickercodeTests {
    @Test func inEenMapVolgenCodesDeDatum() throws {
        let t = Samenvoeger.voegSamen(M.drieBronnen).tijdlijn
        #expect(t.interventies.map(\.code) == ["I1", "I2"])
        #expect(t.gebeurtenissen.map(\.code) == ["G1"])
        #expect(t.kader.map(\.code) == ["K1"])
        #expect(t.regie.sorted { $0.inhoud.vanaf.van < $1.inhoud.vanaf.van }.map(\.code) == ["R1", "R2"])
        #expect(t.gezinsleden.allSatisfy { $0.code == nil })
    }

    @Test func zoekNeemtIdCodeEnKleineLetters() throws {
        let t = Samenvoeger.voegSamen(M.drieBronnen).tijdlijn
        #expect(Stickercodes.zoek("I1", in: t) == "interventie-ouderschap-blijft-2018")
        #expect(Stickercodes.zoek(" i1 ", in: t) == "interventie-ouderschap-blijft-2018")
        #expect(Stickercodes.zoek("kader-raadsonderzoek-2020", in: t) == "kader-raadsonderzoek-2020")
        #expect(Stickercodes.zoek("G9", in: t) == nil)
        #expect(Stickercodes.zoek("X1", in: t) == nil)
    }

    @Test func eenGegevenCodeBlijftBijEenNieuwItemErtussen() throws {
        var t = Samenvoeger.voegSamen(M.drieBronnen).tijdlijn
        let boek = Codeboek(t.interventies.map { Stickercode(code: $0.code!, item: $0.id) })
        var formats = M.drieBronnen
        formats[0].interventies.append(M.interventie("Vroeg", "Elders", "2010-01"))
        t = Samenvoeger.voegSamen(formats, codeboek: boek).tijdlijn
        let codes = Dictionary(uniqueKeysWithValues: t.interventies.map { ($0.id, $0.code) })
        #expect(codes["interventie-ouderschap-blijft-2018"] == "I1")
        #expect(codes["interventie-kinderen-uit-de-knel-2019"] == "I2")
        #expect(codes["interventie-vroeg-2010"] == "I3")
    }

    @Test func werkbankHoudtCodesOokAlsEenIdVerandert() throws {
        let map = TijdelijkeMap()
        let (wb, casusMap) = try WerkbankTestCasus.geimporteerd(in: map)
        let voor = try WerkbankSamenvoeging.tijdlijn(casus: WerkbankTestCasus.id, in: wb).0.tijdlijn
        #expect(voor.code(van: "interventie-mediation-2018") == "I1")
        #expect(voor.code(van: "interventie-kies-2019") == "I2")
        // Re-import mid-session: the mediation started in 2016 (new id), and an earlier help appears.
        let nieuw = WerkbankTestCasus.wijkcoach
            .replacingOccurrences(of: "start: voorjaar 2018", with: "start: voorjaar 2016")
            .replacingOccurrences(of: "interventies:\n", with: "interventies:\n  - naam: Eerder\n    aanbieder: Ergens\n    soort: kind\n    start: 2012\n")
        try nieuw.write(toFile: casusMap + "/wijkcoach.yaml", atomically: true, encoding: .utf8)
        _ = try WerkbankSamenvoeging.importeer(ImportLezer.lees(paden: [casusMap]), in: wb, door: "t")
        let na = try WerkbankSamenvoeging.tijdlijn(casus: WerkbankTestCasus.id, in: wb).0.tijdlijn
        #expect(na.code(van: "interventie-mediation-2016") == "I1")
        #expect(na.code(van: "interventie-kies-2019") == "I2")
        #expect(na.code(van: "interventie-eerder-2012") == "I3")
        // The same codes through every door: CasusBron (render, analyseer) too.
        let invoer = CasusBron.open(argument: WerkbankTestCasus.id, werkbank: wb.pad)
        #expect(Samenvoeger.voegSamen(invoer).tijdlijn.interventies.map(\.code) == na.interventies.map(\.code))
    }

    @Test func annoteerEnKoppelNemenEenCode() throws {
        let map = TijdelijkeMap()
        let (wb, _) = try WerkbankTestCasus.geimporteerd(in: map)
        try SessieBewerking.annoteer(casus: WerkbankTestCasus.id,
                                     Annotatie(item: "i1", soort: .sadney, door: "Bert"), in: wb)
        #expect(try wb.annotaties(casus: WerkbankTestCasus.id).map(\.annotatie.item) == ["interventie-mediation-2018"])
        let uitkomst = try SessieBewerking.koppel(casus: WerkbankTestCasus.id, Koppeling(items: ["I1", "I2"]),
                                                  door: "t", in: wb)
        #expect(uitkomst.wat.hasPrefix("I1 en I2 zijn nu één item (I1); getoond: "))
        // The joined-away code still names the joined item.
        let t = try WerkbankSamenvoeging.tijdlijn(casus: WerkbankTestCasus.id, in: wb).0.tijdlijn
        #expect(try SessieBewerking.itemId("I2", casus: WerkbankTestCasus.id, in: t, werkbank: wb)
                == "interventie-mediation-2018")
    }

    @Test func onmogelijkeKoppelingWordtGeweigerdEnNietBewaard() throws {
        let map = TijdelijkeMap()
        let (wb, _) = try WerkbankTestCasus.geimporteerd(in: map)
        #expect {
            try SessieBewerking.koppel(casus: WerkbankTestCasus.id, Koppeling(items: ["G1", "I1"]), door: "t", in: wb)
        } throws: { fout in
            (fout as? WerkbankFout)?.melding.bericht.contains("G1 is een gebeurtenis, I1 is een interventie") == true
        }
        #expect(throws: WerkbankFout.self) {
            try SessieBewerking.koppel(casus: WerkbankTestCasus.id, Koppeling(items: ["I1", "interventie-mediation-2018"]),
                                       door: "t", in: wb)
        }
        #expect(throws: WerkbankFout.self) {
            try SessieBewerking.ontkoppel(casus: WerkbankTestCasus.id,
                                          Ontkoppeling(item: "I1", bron: "wijkcoach-wijkteam-oost"), door: "t", in: wb)
        }
        #expect(try wb.correcties(casus: WerkbankTestCasus.id).isEmpty)
    }
}
