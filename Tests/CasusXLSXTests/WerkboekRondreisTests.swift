import Foundation
import Testing
@testable import Casus
@testable import CasusXLSX

/// Same casus, same result: every example format converted to a workbook, merged with
/// the YAML formats, gives the same tijdlijn.json.
@Suite struct WerkboekRondreisTests {
    static func voorbeeldMappen() -> [String] {
        let map = XLSXHulp.pad("examples")
        let namen = (try? FileManager.default.contentsOfDirectory(atPath: map)) ?? []
        return namen.sorted().map { (map as NSString).appendingPathComponent($0) }.filter {
            var isMap: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isMap) && isMap.boolValue
        }
    }

    func json(_ map: String) -> String {
        let invoer = Intake.leesCasusMap(pad: map)
        #expect(!invoer.meldingen.heeftFouten, "\(invoer.meldingen)")
        let tijdlijn = Samenvoeger.voegSamen(invoer.formats, sessie: invoer.sessie, sessiePad: invoer.sessiePad).tijdlijn
        return String(decoding: tijdlijn.json(), as: UTF8.self)
    }

    /// Copies a casus folder, turning every other format (or all) into a workbook.
    func gemengd(_ bron: String, alles: Bool) throws -> String {
        let doel = XLSXHulp.tijdelijkeMap()
        let namen = try FileManager.default.contentsOfDirectory(atPath: bron).sorted()
        for (index, naam) in namen.enumerated() {
            let pad = (bron as NSString).appendingPathComponent(naam)
            let (format, _) = Intake.leesFormat(pad: pad)
            if let format, naam != "sessie.yaml", alles || index % 2 == 0 {
                let data = try XLSXHulp.codec.schrijf(FormatWerkboek.ontwerp(format))
                let xlsx = (naam as NSString).deletingPathExtension + ".xlsx"
                FileManager.default.createFile(atPath: (doel as NSString).appendingPathComponent(xlsx), contents: data)
            } else {
                try FileManager.default.copyItem(atPath: pad, toPath: (doel as NSString).appendingPathComponent(naam))
            }
        }
        return doel
    }

    @Test(arguments: [false, true])
    func voorbeeldenAlsWerkboekGevenDezelfdeTijdlijn(alles: Bool) throws {
        let mappen = Self.voorbeeldMappen()
        #expect(mappen.count >= 2)
        for map in mappen {
            let origineel = json(map)
            let kopie = try gemengd(map, alles: alles)
            let xlsx = try FileManager.default.contentsOfDirectory(atPath: kopie).filter { $0.hasSuffix(".xlsx") }
            #expect(!xlsx.isEmpty)
            // Only `bestand` names the file as delivered; everything else, ids included, is identical.
            var omgezet = json(kopie)
            for naam in xlsx {
                let yaml = (naam as NSString).deletingPathExtension + ".yaml"
                omgezet = omgezet.replacingOccurrences(of: "\"\(naam)\"", with: "\"\(yaml)\"")
            }
            #expect(omgezet == origineel, "\(map)")
        }
    }

    @Test func werkboekEnTerugGeeftHetzelfdeFormat() throws {
        for map in Self.voorbeeldMappen() {
            for naam in try FileManager.default.contentsOfDirectory(atPath: map) where naam != "sessie.yaml" {
                let (format, _) = Intake.leesFormat(pad: (map as NSString).appendingPathComponent(naam))
                guard var format else { continue }
                let pad = (XLSXHulp.tijdelijkeMap() as NSString).appendingPathComponent("f.xlsx")
                FileManager.default.createFile(atPath: pad, contents: try XLSXHulp.codec.schrijf(FormatWerkboek.ontwerp(format)))
                let (terug, meldingen) = Intake.leesFormat(pad: pad)
                #expect(meldingen.isEmpty, "\(naam): \(meldingen)")
                format.bestand = pad
                #expect(terug == format, "\(naam)")
            }
        }
    }

    @Test func schrijvenIsReproduceerbaar() throws {
        let a = try XLSXHulp.codec.schrijf(FormatIndeling.sjabloon)
        let b = try XLSXHulp.codec.schrijf(FormatIndeling.sjabloon)
        #expect(a == b)
    }
}

/// `casus sjabloon --uit F.yaml` writes templates/tijdlijn-format.yaml as it is in the repository.
@Suite struct SjabloonYAMLTests {
    @Test func ingebouwdSjabloonIsHetBestand() throws {
        let bestand = try String(contentsOfFile: XLSXHulp.pad("templates/tijdlijn-format.yaml"), encoding: .utf8)
        #expect(FormatSjabloonYAML.tekst == bestand, "voer scripts/sjabloon-yaml.sh uit na een wijziging van het sjabloon")
    }
}

/// Beyond the three examples: generated casussen (`casus genereer`, seed 2026), every
/// format read from its YAML and from its workbook, give the same format and the same
/// merged tijdlijn.json, ids included.
@Suite struct GegenereerdWerkboekTests {
    @Test(arguments: 0..<12) func gegenereerdeCasusAlsWerkboekGeeftDezelfdeTijdlijn(index: Int) throws {
        let casus = CasusGenerator.genereer(index: index, zaad: 2026)
        var uitYAML: [TijdlijnFormat] = [], uitWerkboek: [TijdlijnFormat] = []
        for format in casus.formats {
            let (yaml, yamlMeldingen) = Intake.leesFormat(tekst: try FormatYAML.yaml(format), pad: format.bestand)
            #expect(!yamlMeldingen.heeftFouten, "\(yamlMeldingen)")
            let gelezen = try #require(yaml)
            let data = try XLSXHulp.codec.schrijf(FormatWerkboek.ontwerp(gelezen))
            let (werkboek, meldingen) = Intake.leesFormat(werkboek: data, pad: format.bestand)
            #expect(meldingen.isEmpty, "\(casus.casus) \(format.bestand): \(meldingen)")
            #expect(werkboek == gelezen, "\(casus.casus) \(format.bestand)")
            uitYAML.append(gelezen)
            if let werkboek { uitWerkboek.append(werkboek) }
        }
        #expect(uitYAML.count >= 4)
        let a = Samenvoeger.voegSamen(uitYAML, sessie: casus.sessie, sessiePad: nil).tijdlijn.json()
        let b = Samenvoeger.voegSamen(uitWerkboek, sessie: casus.sessie, sessiePad: nil).tijdlijn.json()
        #expect(a == b, "\(casus.casus)")
    }
}
