import Foundation
import Testing
@testable import Casus
@testable import CasusOpslag
@testable import CasusXLSX

/// The workbench keeps a workbook format as delivered (bytes and their sha256), reads it
/// again like a YAML one, and `exporteer` writes the same bytes back as .xlsx.
@Suite struct WerkbankWerkboekTests {
    @Test func werkboekWordtBewaardZoalsAangeleverd() throws {
        let bron = XLSXHulp.pad("examples/hengelo-2024-02")
        let map = try WerkboekRondreisTests().gemengd(bron, alles: false)
        let xlsx = try FileManager.default.contentsOfDirectory(atPath: map).filter { $0.hasSuffix(".xlsx") }.sorted()
        try #require(!xlsx.isEmpty)

        let invoer = ImportLezer.lees(paden: [map])
        #expect(!invoer.meldingen.heeftFouten, "\(invoer.meldingen)")
        let wbMap = XLSXHulp.tijdelijkeMap()
        let wb = try Werkbank.open(pad: wbMap + "/wb.sqlite", maakAan: true)
        _ = try WerkbankSamenvoeging.importeer(invoer, in: wb, door: "test")

        let opgeslagen = try wb.laatsteVersies(casus: "hengelo-2024-02")
        for naam in xlsx {
            let versie = try #require(opgeslagen.first { $0.bestand == naam })
            let bytes = try Data(contentsOf: URL(fileURLWithPath: map + "/" + naam))
            #expect(versie.werkboek == bytes)
            #expect(versie.sha256 == Vingerafdruk.hex(bytes))
        }
        #expect(opgeslagen.filter { $0.werkboek == nil }.allSatisfy { $0.bestand.hasSuffix(".yaml") })

        // Read again from the workbench: the same casus as from the folder.
        let (resultaat, meldingen) = WerkbankSamenvoeging.samenvoegen(
            casus: "hengelo-2024-02", opgeslagen, sessie: Sessie(casus: "hengelo-2024-02"))
        #expect(!meldingen.heeftFouten, "\(meldingen)")
        let uitMap = Intake.leesCasusMap(pad: map)
        let vanMap = Samenvoeger.voegSamen(uitMap.formats, sessie: nil, sessiePad: nil).tijdlijn
        #expect(resultaat.tijdlijn.gebeurtenissen.map(\.id) == vanMap.gebeurtenissen.map(\.id))
        #expect(resultaat.tijdlijn.interventies.map(\.id) == vanMap.interventies.map(\.id))

        // Importing the same workbook again is no new version.
        let nogEens = try WerkbankSamenvoeging.importeer(ImportLezer.lees(paden: [map]), in: wb, door: "test")
        #expect(nogEens.formats.allSatisfy { $0.uitkomst == .ongewijzigd })

        // Export writes the workbook back byte for byte, under its own name.
        let export = XLSXHulp.tijdelijkeMap() + "/export"
        let paden = try CasusExport.exporteer(casus: "hengelo-2024-02", werkbank: wb, naar: export, door: "test")
        for naam in xlsx {
            let pad = try #require(paden.first { $0.hasSuffix("/" + naam) })
            #expect(try Data(contentsOf: URL(fileURLWithPath: pad)) == Data(contentsOf: URL(fileURLWithPath: map + "/" + naam)))
        }

        // `versies` shows a workbook version as read, with its sha256.
        let versie = try #require(opgeslagen.first { $0.bestand == xlsx[0] })
        let bronId = try #require(try VersieOverzicht.bronnen(casus: "hengelo-2024-02", in: wb)
            .first { $0.versies.contains { $0.bestand == xlsx[0] } }?.id)
        let getoond = try VersieOverzicht.yaml(casus: "hengelo-2024-02", bron: bronId, versie: versie.versie, in: wb)
        #expect(getoond.contains("werkboek (.xlsx)"))
        #expect(getoond.contains(versie.sha256))
    }
}
