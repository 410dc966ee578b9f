import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag

/// Issue 18: an import merges its casussen on every core; the workbench must end up
/// exactly as when each casus is imported on its own.
@Suite struct ImportSamenTests {
    @Test func eenImportVanVeelCasussenIsGelijkAanElkApart() throws {
        let map = TijdelijkeMap()
        var mappen: [String] = []
        for index in 0..<5 {
            let casus = CasusGenerator.genereer(index: index, zaad: 18)
            let casusMap = map.bestand(casus.casus)
            try BewaardeAnalyseTests.schrijf(casus.formats, sessie: casus, naar: casusMap)
            mappen.append(casusMap)
        }
        let samen = try Werkbank.open(pad: map.bestand("samen.sqlite"), maakAan: true)
        let apart = try Werkbank.open(pad: map.bestand("apart.sqlite"), maakAan: true)
        let invoer = ImportLezer.lees(paden: mappen)
        #expect(!invoer.meldingen.heeftFouten, "\(invoer.meldingen)")
        // Blocks of two: merges of one block run while the previous block is written.
        _ = try samen.importeer(invoer.formats, sessies: invoer.sessies, door: "test", blok: 2) { casus, opgeslagen, sessie in
            WerkbankSamenvoeging.samenvoegen(casus: casus, opgeslagen, sessie: sessie).0.tijdlijn
        }
        for casusMap in mappen {
            _ = try WerkbankSamenvoeging.importeer(ImportLezer.lees(paden: [casusMap]), in: apart, door: "test")
        }
        let casussen = try samen.casussen().map(\.casus)
        let apartCasussen = try apart.casussen().map(\.casus)
        #expect(casussen.count == mappen.count && casussen == apartCasussen)
        for casus in casussen {
            let annotaties = try samen.annotaties(casus: casus)
            let apartAnnotaties = try apart.annotaties(casus: casus)
            #expect(!annotaties.isEmpty)
            #expect(annotaties.map(\.annotatie) == apartAnnotaties.map(\.annotatie))
            #expect(annotaties.map(\.anker) == apartAnnotaties.map(\.anker))
            let t = try WerkbankAnalyse.vers(casus: casus, in: samen)
            let apartT = try WerkbankAnalyse.vers(casus: casus, in: apart)
            #expect(t == apartT)
            // Every dated item got its sticker code in the import itself.
            let codes = try samen.codeboek(casus: casus, voor: t.tijdlijn)
            #expect(!codes.codes.isEmpty)
            let apartCodes = try apart.codeboek(casus: casus, voor: t.tijdlijn)
            #expect(codes == apartCodes)
        }
    }
}
