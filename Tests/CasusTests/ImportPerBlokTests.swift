import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag

/// Issue 18: `casus importeer` reads, checks, stores and merges per block of folders in one
/// transaction. It must store what the two-phase import (check all, then store all) stores,
/// and still store nothing and report every problem when any file has a fout.
@Suite struct ImportPerBlokTests {
    /// Five generated casus folders, in casus order.
    static func mappen(in map: TijdelijkeMap, aantal: Int = 5) throws -> [String] {
        var mappen: [String] = []
        for index in 0..<aantal {
            let casus = CasusGenerator.genereer(index: index, zaad: 18)
            let casusMap = map.bestand(casus.casus)
            try BewaardeAnalyseTests.schrijf(casus.formats, sessie: casus, naar: casusMap)
            mappen.append(casusMap)
        }
        return mappen.sorted()
    }

    static func perBlok(_ paden: [String], in wb: Werkbank, blok: Int = 2) throws -> (ImportVerslag?, [Melding]) {
        try WerkbankSamenvoeging.importeer(paden: paden, door: "test", mappenPerBlok: blok) { wb }
    }

    /// Everything stored for the casussen, without the clock.
    static func inhoud(_ wb: Werkbank) throws -> [String] {
        var uit: [String] = []
        for casus in try wb.casussen().map(\.casus) {
            uit += try wb.alleVersies(casus: casus).map { "\(casus) \($0.sleutel) \($0.versie) \($0.bestand) \($0.sha256) \($0.door)" }
            uit += try wb.annotaties(casus: casus).map { "\(casus) #\($0.nummer) \($0.annotatie) \(String(describing: $0.anker))" }
            uit += try wb.logboek(casus: casus).map { "\(casus) \($0.actie) \($0.wie) \($0.details)" }
            uit.append("\(casus) \(try wb.sessie(casus: casus))")
            let analyse = try WerkbankAnalyse.vers(casus: casus, in: wb)
            uit.append("\(casus) \(analyse.tijdlijn)")
            uit.append("\(casus) \(try wb.codeboek(casus: casus, voor: analyse.tijdlijn))")
        }
        return uit
    }

    @Test func perBlokSlaatHetzelfdeOpAlsInTweeStappen() throws {
        let map = TijdelijkeMap()
        let mappen = try Self.mappen(in: map)
        let perBlok = try Werkbank.open(pad: map.bestand("blok.sqlite"), maakAan: true)
        let tweeStappen = try Werkbank.open(pad: map.bestand("twee.sqlite"), maakAan: true)
        let (verslag, meldingen) = try Self.perBlok(mappen, in: perBlok)
        let invoer = ImportLezer.lees(paden: mappen)
        let verwacht = try WerkbankSamenvoeging.importeer(invoer, in: tweeStappen, door: "test")
        #expect(verslag == verwacht)
        #expect(meldingen == invoer.meldingen)
        #expect(try perBlok.casussen().count == mappen.count)
        #expect(try Self.inhoud(perBlok) == Self.inhoud(tweeStappen))
    }

    /// A format kept from the check is exactly what reading its stored text gives.
    @Test func eenBewaardFormatIsGelijkAanOpnieuwGelezen() throws {
        let map = TijdelijkeMap()
        let invoer = ImportLezer.leesMappen(try Self.mappen(in: map, aantal: 3))
        #expect(!invoer.formats.isEmpty)
        for tekst in invoer.formats {
            var bewaard = try #require(tekst.gelezen)
            bewaard.bestand = "\(tekst.casus)/\(tekst.bestand)"
            #expect(bewaard == Intake.leesFormat(tekst: tekst.tekst, pad: bewaard.bestand).0)
        }
        // The two-phase reader keeps no parsed formats: its memory is the texts only.
        #expect(ImportLezer.lees(paden: [map.pad]).formats.allSatisfy { $0.gelezen == nil })
    }

    @Test func eenFoutInHetLaatsteBlokSlaatNietsOpEnMeldtAlles() throws {
        let map = TijdelijkeMap()
        let mappen = try Self.mappen(in: map)
        // A fout in the last folder (the third block) and a waarschuwing in the first.
        let laatste = try #require(mappen.last)
        let naam = try #require(FileManager.default.contentsOfDirectory(atPath: laatste).first { $0 != "sessie.yaml" })
        try (String(contentsOfFile: laatste + "/" + naam, encoding: .utf8) + "onbekend_veld: 1\n")
            .write(toFile: laatste + "/" + naam, atomically: true, encoding: .utf8)
        try "niets: hier\n".write(toFile: mappen[0] + "/notitie.yaml", atomically: true, encoding: .utf8)
        let wb = try Werkbank.open(pad: map.bestand("wb.sqlite"), maakAan: true)
        let (verslag, meldingen) = try Self.perBlok(mappen, in: wb)
        #expect(verslag == nil)
        // Every problem, exactly as the check of everything at once reports it.
        let verwacht = ImportLezer.lees(paden: mappen).meldingen
        #expect(meldingen == verwacht)
        #expect(meldingen.contains { $0.ernst == .fout && $0.pad.hasPrefix(laatste) })
        #expect(meldingen.contains { $0.ernst == .waarschuwing && $0.pad.hasSuffix("notitie.yaml") })
        #expect(try wb.casussen().isEmpty)
        #expect(try wb.logboek(casus: nil).isEmpty)
    }

    @Test func eenFoutInHetEersteBlokOpentDeWerkbankNiet() throws {
        let map = TijdelijkeMap()
        let mappen = try Self.mappen(in: map, aantal: 3)
        try "casus: [\n".write(toFile: mappen[0] + "/kapot.yaml", atomically: true, encoding: .utf8)
        let (verslag, meldingen) = try WerkbankSamenvoeging.importeer(paden: mappen + [map.bestand("weg")], door: "test",
                                                                       mappenPerBlok: 2) {
            Issue.record("de werkbank werd geopend")
            return try Werkbank.open(pad: map.bestand("wb.sqlite"), maakAan: true)
        }
        #expect(verslag == nil)
        #expect(meldingen == ImportLezer.lees(paden: mappen + [map.bestand("weg")]).meldingen)
        #expect(meldingen.filter { $0.ernst == .fout }.count >= 2)
        #expect(!FileManager.default.fileExists(atPath: map.bestand("wb.sqlite")))
    }

    /// One casus in two blocks (a corrected copy of its folder, or a format sent loose)
    /// would be merged twice, and its first merge's items would keep sticker codes; the
    /// import falls back to two phases and merges it once, over its newest formats.
    @Test func eenCasusInTweeBlokkenWordtEenKeerSamengevoegd() throws {
        let map = TijdelijkeMap()
        let mappen = try Self.mappen(in: map, aantal: 3)
        var gegenereerd = CasusGenerator.genereer(index: 0, zaad: 18)
        for f in gegenereerd.formats.indices {
            for g in gegenereerd.formats[f].gebeurtenissen.indices { gegenereerd.formats[f].gebeurtenissen[g].wat += " (herzien)" }
        }
        let kopie = map.bestand("zz-kopie")
        try BewaardeAnalyseTests.schrijf(gegenereerd.formats, sessie: gegenereerd, naar: kopie)
        let los = try #require(FileManager.default.contentsOfDirectory(atPath: mappen[1]).first { $0 != "sessie.yaml" })
        let paden = mappen + [kopie, mappen[1] + "/" + los]
        let perBlok = try Werkbank.open(pad: map.bestand("blok.sqlite"), maakAan: true)
        let tweeStappen = try Werkbank.open(pad: map.bestand("twee.sqlite"), maakAan: true)
        let (verslag, meldingen) = try Self.perBlok(paden, in: perBlok, blok: 1)
        let invoer = ImportLezer.lees(paden: paden)
        #expect(verslag == (try WerkbankSamenvoeging.importeer(invoer, in: tweeStappen, door: "test")))
        #expect(meldingen == invoer.meldingen)
        #expect(try Self.inhoud(perBlok) == Self.inhoud(tweeStappen))
    }
}
