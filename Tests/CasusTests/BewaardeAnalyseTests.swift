import Foundation
import PropertyBased
import Testing
@testable import Casus
@testable import CasusOpslag
import CasusApp

/// Issue 18: the analysis the workbench keeps equals a fresh one, whatever was
/// edited in between; a stale one is never served.
@Suite struct BewaardeAnalyseTests {
    /// A generated casus (formats and session) imported into a new workbench (SQLite
    /// unless `opslag` says otherwise).
    static func werkbank(zaad: Int, map: TijdelijkeMap, opslag: ProefOpslag? = nil) throws -> (Werkbank, CasusGenerator.GegenereerdeCasus) {
        let casus = CasusGenerator.genereer(index: zaad % 50, zaad: UInt64(zaad))
        let wb = try opslag?.open() ?? Werkbank.open(pad: map.bestand("wb.sqlite"), maakAan: true)
        let casusMap = map.bestand(casus.casus)
        try schrijf(casus.formats, sessie: casus, naar: casusMap)
        let invoer = ImportLezer.lees(paden: [casusMap])
        #expect(!invoer.meldingen.heeftFouten, "\(invoer.meldingen)")
        _ = try WerkbankSamenvoeging.importeer(invoer, in: wb, door: "test")
        return (wb, casus)
    }

    static func schrijf(_ formats: [TijdlijnFormat], sessie: CasusGenerator.GegenereerdeCasus?, naar map: String) throws {
        try? FileManager.default.removeItem(atPath: map)
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        for f in formats { try FormatYAML.yaml(f).write(toFile: map + "/" + f.bestand, atomically: true, encoding: .utf8) }
        if let sessie {
            try SessieSchrijver.yaml(sessie.sessie)
                .write(toFile: map + "/sessie.yaml", atomically: true, encoding: .utf8)
        }
    }

    /// One random edit through the same doors the commands use. Edits that the
    /// workbench refuses (a correction the merge would skip) change nothing, as intended.
    static func bewerk(_ keuze: Int, _ wb: Werkbank, _ gegenereerd: CasusGenerator.GegenereerdeCasus,
                       map: TijdelijkeMap, stap: Int) throws {
        let casus = gegenereerd.casus
        let t = try WerkbankAnalyse.vers(casus: casus, in: wb).tijdlijn
        let items = t.ankers.map(\.id)
        guard !items.isEmpty else { return }
        let item = items[(keuze / 8) % items.count]
        switch keuze % 8 {
        case 0, 1:
            _ = try SessieBewerking.annoteer(casus: casus, Annotatie(item: item, soort: keuze % 2 == 0 ? .smiley : .sadney,
                                                                      door: "p\(stap)", thema: .processen), in: wb)
        case 2:
            if let eerste = try wb.annotaties(casus: casus).first {
                try wb.verwijderAnnotatie(casus: casus, nummer: eerste.nummer, door: "test")
            }
        case 3:
            let zelfde = t.gebeurtenissen.map(\.id)
            if zelfde.count >= 2 {
                _ = try? SessieBewerking.koppel(casus: casus, Koppeling(items: [zelfde[0], zelfde[(keuze / 8) % zelfde.count]]),
                                                door: "test", in: wb)
            }
        case 4:
            if let c = try wb.correcties(casus: casus).first { try wb.verwijderCorrectie(casus: casus, nummer: c.nummer, door: "test") }
        case 5:
            _ = try wb.zetDeelnemer(casus: casus, Deelnemer(id: "d\(stap)", rol: "gedragswetenschapper"), door: "test")
        case 6:
            _ = try SessieBewerking.legAfspraakVast(casus: casus, Afspraak(wat: "afspraak \(stap)", items: [item]),
                                                    door: "test", in: wb)
        default:
            // A professional sends a corrected format: one gebeurtenis fewer in one source.
            var formats = gegenereerd.formats
            let n = (keuze / 8) % formats.count
            if !formats[n].gebeurtenissen.isEmpty { formats[n].gebeurtenissen.removeLast(1 + stap % formats[n].gebeurtenissen.count) }
            let herzien = map.bestand("herzien-\(stap)")
            try schrijf(formats, sessie: nil, naar: herzien)
            _ = try WerkbankSamenvoeging.importeer(ImportLezer.lees(paden: [herzien]), in: wb, door: "test")
        }
    }

    @Test func bewaardIsGelijkAanVersNaWillekeurigeBewerkingen() async throws {
        let bewerkingen = Gen.int(in: 0...10_000).array(of: 1...6)
        await propertyCheck(count: 12, input: Gen.int(in: 0...1_000_000), bewerkingen, Gen.bool) { zaad, lijst, tussendoor in
            let map = TijdelijkeMap()
            let (wb, gegenereerd) = try Self.werkbank(zaad: zaad, map: map)
            let casus = gegenereerd.casus
            _ = try WerkbankAnalyse.haal(casus: casus, in: wb)
            for (stap, keuze) in lijst.enumerated() {
                try Self.bewerk(keuze, wb, gegenereerd, map: map, stap: stap)
                // Sometimes the stored result is refreshed between edits, sometimes not.
                if tussendoor || stap % 2 == 0 { _ = try WerkbankAnalyse.haal(casus: casus, in: wb) }
                let bewaard = try WerkbankAnalyse.haal(casus: casus, in: wb)
                let vers = try WerkbankAnalyse.vers(casus: casus, in: wb)
                #expect(bewaard == vers)
                // The write path's timeline is the merge's, as the old path made it.
                #expect(try WerkbankAnalyse.tijdlijn(casus: casus, in: wb) == WerkbankSamenvoeging.tijdlijn(casus: casus, in: wb).0.tijdlijn)
                // And what every command computed before issue 18.
                let oud = Analyseren.voerUit(try CasusBron.uitWerkbank(casus: casus, werkbank: wb))
                #expect(bewaard.analyse == oud.analyse)
                #expect(bewaard.meldingen == oud.meldingen)
                // The stored share of the common threads (migration 008), per option variant:
                // made and stored the first time, read the second, both equal to a fresh one.
                for opties in WerkbankBijdrage.varianten {
                    let verse = WerkbankBijdrage.maak(vers, opties: opties)
                    #expect(try WerkbankBijdrage.haal(casus: casus, opties: opties, in: wb) == verse)
                    #expect(try WerkbankBijdrage.haal(casus: casus, opties: opties, in: wb) == verse)
                    #expect(verse.bijdrage == oud.analyse.map { RodeDradenBijdrage($0, opties: opties) })
                }
            }
            #expect(try WerkbankAnalyse.controleerAlle(in: wb).wijktAf.isEmpty)
        }
    }

    @Test(arguments: Motor.alle) func eenBewaardeAnalyseWordtHergebruiktEnBijEenWijzigingVerouderd(motor: Motor) throws {
        let map = TijdelijkeMap()
        let opslag = try ProefOpslag(motor)
        let (wb, gegenereerd) = try Self.werkbank(zaad: 7, map: map, opslag: opslag)
        let casus = gegenereerd.casus
        #expect(try WerkbankAnalyse.controleerAlle(in: wb).ontbreekt == [casus])
        let eerst = try WerkbankAnalyse.haal(casus: casus, in: wb)
        #expect(try WerkbankAnalyse.controleerAlle(in: wb).klopt == [casus])
        // What is served is what was stored: overwrite the stored row and it comes back.
        let (sleutel, rij) = try wb.bewaardeAnalyse(casus: casus, instellingen: .standaard, alleenTijdlijn: false)
        var nep = try #require(rij)
        var gewijzigd = eerst
        gewijzigd.meldingen.append(.waarschuwing("alleen in de bewaarde analyse", pad: casus))
        nep.rest = try AnalyseJSON.rij(gewijzigd, sleutel: sleutel).rest
        try wb.bewaarAnalyse(casus: casus, nep)
        #expect(try WerkbankAnalyse.haal(casus: casus, in: wb).meldingen.last?.bericht == "alleen in de bewaarde analyse")
        let controle = try WerkbankAnalyse.controleerAlle(in: wb)
        #expect(controle.wijktAf == [casus] && controle.hersteld == [casus])
        #expect(try WerkbankAnalyse.haal(casus: casus, in: wb) == eerst)
        // The stored share of the common threads is what is served, and checked, too.
        let variant = RodeDradenBijdrage.variant(.standaard)
        let echt = try WerkbankBijdrage.haal(casus: casus, opties: .standaard, in: wb)
        var vals = echt
        vals.meldingen.append(.waarschuwing("alleen in de bewaarde bijdrage", pad: casus))
        let (bijdrageSleutel, _) = try wb.bewaardeBijdrage(casus: casus, variant: variant)
        try wb.bewaarBijdrage(casus: casus, variant: variant,
                              BewaardeBijdrageRij(sleutel: bijdrageSleutel.geheel, inhoud: WerkbankBijdrage.inhoud(vals)))
        #expect(try WerkbankBijdrage.haal(casus: casus, opties: .standaard, in: wb).meldingen.last?.bericht
                == "alleen in de bewaarde bijdrage")
        let bijdrageControle = try WerkbankAnalyse.controleerAlle(in: wb)
        #expect(bijdrageControle.wijktAf == [casus] && bijdrageControle.hersteld == [casus])
        #expect(try WerkbankBijdrage.haal(casus: casus, opties: .standaard, in: wb) == echt)
        // An annotation makes the whole analysis stale, not the timeline a write checks against.
        let item = try #require(eerst.tijdlijn.ankers.first?.id)
        _ = try SessieBewerking.annoteer(casus: casus, Annotatie(item: item, soort: .smiley, door: "p1"), in: wb)
        let (na, rijNa) = try wb.bewaardeAnalyse(casus: casus, instellingen: .standaard, alleenTijdlijn: true)
        #expect(rijNa?.sleutel != na.geheel)
        #expect(rijNa?.tijdlijnSleutel == na.tijdlijn)
        #expect(try WerkbankAnalyse.controleerAlle(in: wb).verouderd == [casus])
        #expect(try WerkbankAnalyse.haal(casus: casus, in: wb).analyse?.annotaties.count == (eerst.analyse?.annotaties.count ?? 0) + 1)
        // Other pattern settings are another key.
        var strenger = PatroonInstellingen()
        strenger.uit["opeenvolgende-hulp"] = true
        let (anders, _) = try wb.bewaardeAnalyse(casus: casus, instellingen: strenger, alleenTijdlijn: true)
        #expect(anders.geheel != na.geheel)
    }
}
