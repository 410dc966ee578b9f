import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag
import CasusApp

/// A whole session from the workbench, through the real binary: import, merge,
/// annotate, correct, a corrected format afterwards, export, round trip.
@Suite struct WerkbankSessieTests {
    @Test func eenSessieVanBeginTotEind() throws {
        let map = TijdelijkeMap()
        let wb = map.bestand("wb.sqlite")
        let casusMap = map.bestand("casus")
        try WerkbankTestCasus.schrijf(in: casusMap)
        let env = ["CASUS_WERKBANK": wb, "USER": "fien"]
        let id = WerkbankTestCasus.id

        #expect(try WerkbankProces.voer(["werkbank", "init"], omgeving: env).code == 0)
        #expect(try WerkbankProces.voer(["importeer", casusMap], omgeving: env).code == 0)
        let toon = try WerkbankProces.voer(["toon", id], omgeving: env)
        #expect(toon.uit.contains("[interventie-kies-2019]"))
        #expect(try WerkbankProces.voer(["annoteer", id, "interventie-kies-2019", "--smiley", "--door", "Anna",
                                         "--thema", "kinderen", "--toelichting", "ja"], omgeving: env).code == 0)
        #expect(try WerkbankProces.voer(["annoteer", id, "interventie-mediation-2018", "--sadney", "--door", "Bert"],
                                        omgeving: env).code == 0)
        let fout = try WerkbankProces.voer(["annoteer", id, "interventie-kies-2018", "--sadney", "--door", "Bert"],
                                           omgeving: env)
        #expect(fout.code == 1)
        #expect(fout.fout.contains("bedoel je 'interventie-kies-2019'?"))
        #expect(try WerkbankProces.voer(["ontkoppel", id, "interventie-kies-2019", "--bron", "jeugdbeschermer-gi-twente"],
                                        omgeving: env).code == 0)
        #expect(try WerkbankProces.voer(["afspraak", id, "nee: de school erbij"], omgeving: env).code == 0)

        // The wijkcoach sends a corrected format without the mediation.
        let zonderMediation = WerkbankTestCasus.wijkcoach.replacingOccurrences(
            of: "  - naam: mediation\n    aanbieder: Mediationbureau\n    soort: mediation\n    start: voorjaar 2018\n",
            with: "")
        try zonderMediation.write(toFile: casusMap + "/wijkcoach.yaml", atomically: true, encoding: .utf8)
        let herimport = try WerkbankProces.voer(["importeer", casusMap + "/wijkcoach.yaml"], omgeving: env)
        #expect(herimport.uit.contains("gewijzigd, nu versie 2"))
        #expect(herimport.fout.contains("annotatie #2"))
        let annotaties = try WerkbankProces.voer(["annotaties", id], omgeving: env).uit
        #expect(annotaties.contains("#1 smiley op interventie-kies-2019 door Anna [kinderen]: ja\n"))
        #expect(annotaties.contains("#2 sadney op interventie-mediation-2018 door Bert — VERWEESD"))

        let logboek = try WerkbankProces.voer(["logboek", id], omgeving: env).uit
        #expect(logboek.contains("fien importeerde: wijkcoach.yaml: bron wijkcoach (Wijkteam Oost) versie 2"))
        #expect(logboek.contains("Anna annoteerde"))
        #expect(logboek.contains("fien ontkoppelde"))

        // Export, read it back into a fresh workbench, export again: nothing changes.
        let uit1 = map.bestand("uit1"), uit2 = map.bestand("uit2")
        #expect(try WerkbankProces.voer(["exporteer", id, "--uit", uit1], omgeving: env).code == 0)
        let rechten = try FileManager.default.attributesOfItem(atPath: uit1 + "/sessie.yaml")[.posixPermissions] as? Int
        #expect(rechten == 0o600)
        #expect(try WerkbankProces.voer(["controleer", uit1]).code == 0)
        let ander = ["CASUS_WERKBANK": map.bestand("ander.sqlite")]
        #expect(try WerkbankProces.voer(["importeer", uit1], omgeving: ander).code == 0)
        #expect(try WerkbankProces.voer(["exporteer", id, "--uit", uit2], omgeving: ander).code == 0)
        for naam in ["wijkcoach.yaml", "jeugdbeschermer.yaml", "sessie.yaml"] {
            #expect(try String(contentsOfFile: uit1 + "/" + naam, encoding: .utf8)
                    == String(contentsOfFile: uit2 + "/" + naam, encoding: .utf8), "\(naam)")
        }
        // And importing the export into the original workbench adds nothing.
        let terug = try WerkbankProces.voer(["importeer", uit1], omgeving: env)
        #expect(!terug.uit.contains("toegevoegd"))
        #expect(terug.uit.contains("ongewijzigd (versie 2)"))

        #expect(try WerkbankProces.voer(["backup", map.bestand("backup.sqlite")], omgeving: env).code == 0)
        #expect(try WerkbankProces.voer(["lijst"], omgeving: ["CASUS_WERKBANK": map.bestand("backup.sqlite")])
                .uit.contains("\(id): 2 bronnen (3 versies), 2 annotaties, 1 correcties"))
    }

    @Test func eenFormatMetFoutenWordtNietOpgeslagen() throws {
        let map = TijdelijkeMap()
        let casusMap = map.bestand("casus")
        try WerkbankTestCasus.schrijf(in: casusMap, wijkcoach: WerkbankTestCasus.wijkcoach + "onbekend_veld: 1\n")
        let wb = try Werkbank.open(pad: map.bestand("wb.sqlite"), maakAan: true)
        let invoer = ImportLezer.lees(paden: [casusMap])
        #expect(invoer.meldingen.heeftFouten)
        let uitkomst = try WerkbankProces.voer(["importeer", casusMap, "--werkbank", wb.pad])
        #expect(uitkomst.code == 1)
        #expect(uitkomst.fout.contains("Niets geïmporteerd"))
        #expect(try wb.casussen().isEmpty)
    }

    @Test func annotatieVolgtHaarItemAlsHetIdVerandert() throws {
        let map = TijdelijkeMap()
        let casusMap = map.bestand("casus")
        try WerkbankTestCasus.schrijf(in: casusMap)
        let wb = try Werkbank.open(pad: map.bestand("wb.sqlite"), maakAan: true)
        _ = try WerkbankSamenvoeging.importeer(ImportLezer.lees(paden: [casusMap]), in: wb, door: "t")
        try SessieBewerking.annoteer(casus: WerkbankTestCasus.id,
                                     Annotatie(item: "interventie-mediation-2018", soort: .sadney, door: "Bert"), in: wb)
        // The mediation turns out to have started in 2016: its id changes, the annotation follows.
        try WerkbankTestCasus.wijkcoach.replacingOccurrences(of: "start: voorjaar 2018", with: "start: voorjaar 2016")
            .write(toFile: casusMap + "/wijkcoach.yaml", atomically: true, encoding: .utf8)
        let verslag = try WerkbankSamenvoeging.importeer(ImportLezer.lees(paden: [casusMap]), in: wb, door: "t")
        #expect(verslag.sessie.verhuisd.map(\.naar) == ["interventie-mediation-2016"])
        #expect(verslag.sessie.verweesd.isEmpty)
        #expect(try wb.annotaties(casus: WerkbankTestCasus.id).map(\.annotatie.item) == ["interventie-mediation-2016"])
    }

    @Test func casusBronNeemtEenMapOfEenCasusID() throws {
        let map = TijdelijkeMap()
        let casusMap = map.bestand("casus")
        try WerkbankTestCasus.schrijf(in: casusMap)
        let wb = try Werkbank.open(pad: map.bestand("wb.sqlite"), maakAan: true)
        _ = try WerkbankSamenvoeging.importeer(ImportLezer.lees(paden: [casusMap]), in: wb, door: "t")
        let uitMap = CasusBron.open(argument: casusMap, werkbank: wb.pad)
        let uitWerkbank = CasusBron.open(argument: WerkbankTestCasus.id, werkbank: wb.pad)
        #expect(uitWerkbank.meldingen.isEmpty)
        #expect(Samenvoeger.voegSamen(uitWerkbank.formats, sessie: uitWerkbank.sessie).tijdlijn.itemIDs
                == Samenvoeger.voegSamen(uitMap.formats, sessie: uitMap.sessie).tijdlijn.itemIDs)
        let onbekend = CasusBron.open(argument: "bestaat-niet", werkbank: wb.pad)
        #expect(onbekend.meldingen.heeftFouten)
        #expect(onbekend.meldingen.first?.hint?.contains(WerkbankTestCasus.id) == true)
        let zonderWerkbank = CasusBron.open(argument: "x", werkbank: map.bestand("geen.sqlite"))
        #expect(zonderWerkbank.meldingen.first?.bericht.contains("geen casusmap") == true)
    }

    @Test func sessieYamlOverleeftLastigeTeksten() throws {
        let lastig = ["ja", "nee", "2019", "null", "a: b", "# geen commentaar", "twee  spaties", "regel 1\nregel 2", "'quote'", "é ü ☺"]
        let sessie = Sessie(casus: "c", annotaties: lastig.map { Annotatie(item: "i", soort: .smiley, door: $0, toelichting: $0) },
                            koppel: [Koppeling(items: ["a", "b"], toelichting: "x: y")],
                            afspraken: lastig.map { Afspraak(wat: $0) } + lastig.map { Afspraak(wat: $0, wie: $0, items: [$0]) },
                            deelnemers: lastig.map { Deelnemer(rol: $0) } + lastig.map { Deelnemer(id: $0, rol: $0, checkIn: $0) },
                            gezinsleden: lastig.map { GezinslidAanvulling(id: $0, eigenheid: $0, door: $0) },
                            kies: lastig.map { Keuze(item: $0, veld: "wat", tekst: $0) },
                            visie: [VisieOordeel(principe: 3, oordeel: .deels, toelichting: lastig[5], hadKunnen: lastig[7], items: ["a"])],
                            evaluatie: lastig.map { Evaluatie(door: $0, tekst: $0) })
        let tekst = try SessieSchrijver.yaml(sessie)
        let (terug, meldingen) = Intake.leesSessie(tekst: tekst, pad: "sessie.yaml")
        #expect(meldingen.fouten.isEmpty, "\(meldingen)")
        #expect(terug == sessie)
    }

    @Test func tekstMetSpatiesAanDeRandKomtNaExportNietDubbelTerug() throws {
        let map = TijdelijkeMap()
        let wb = try StoreVoorbeeld.werkbank(in: map)
        try wb.annoteer(casus: "c", Annotatie(item: "i", soort: .smiley, door: " Anna ", toelichting: "  "), anker: nil)
        let tekst = try SessieSchrijver.yaml(try wb.sessie(casus: "c"))
        let (terug, _) = Intake.leesSessie(tekst: tekst, pad: "sessie.yaml")
        let verslag = try wb.importeer([], sessies: [try #require(terug)], door: "t") { _, _, _ in nil }
        #expect(verslag.sessie.annotatiesToegevoegd == 0)
        #expect(try wb.annotaties(casus: "c").map(\.annotatie) == [Annotatie(item: "i", soort: .smiley, door: "Anna")])
    }
}
