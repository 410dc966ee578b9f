import Foundation
@testable import Casus
@testable import CasusOpslag
import CasusApp

/// A small fictional casus of two formats for the workbench tests.
enum WerkbankTestCasus {
    static let id = "testdorp-2024-01"

    static let wijkcoach = """
        format: tijdlijn-format/1
        casus: testdorp-2024-01
        ingediend_door:
          rol: wijkcoach
          organisatie: Wijkteam Oost
        gezinsleden:
          - id: moeder
            rol: moeder
          - id: kind-1
            rol: kind
        gebeurtenissen:
          - datum: 2017-05
            wat: Ouders gaan uit elkaar
            soort: scheiding
        interventies:
          - naam: KIES
            aanbieder: Zorgpunt
            soort: kind
            start: 2019
            afloop: niet-gelukt
          - naam: mediation
            aanbieder: Mediationbureau
            soort: mediation
            start: voorjaar 2018

        """

    static let jeugdbeschermer = """
        format: tijdlijn-format/1
        casus: testdorp-2024-01
        ingediend_door:
          rol: jeugdbeschermer
          organisatie: GI Twente
        gezinsleden:
          - id: moeder
            rol: moeder
          - id: vader
            rol: vader
        interventies:
          - naam: KIES
            aanbieder: Zorgpunt
            soort: kind
            start: 2019

        """

    /// A fresh workbench in `map` with this casus imported; returns it and the casus folder.
    static func geimporteerd(in map: TijdelijkeMap) throws -> (Werkbank, String) {
        let casusMap = map.bestand("casus")
        try schrijf(in: casusMap)
        let wb = try Werkbank.open(pad: map.bestand("wb.sqlite"), maakAan: true)
        _ = try WerkbankSamenvoeging.importeer(ImportLezer.lees(paden: [casusMap]), in: wb, door: "t")
        return (wb, casusMap)
    }

    static func schrijf(in map: String, wijkcoach: String = wijkcoach) throws {
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        try wijkcoach.write(toFile: map + "/wijkcoach.yaml", atomically: true, encoding: .utf8)
        try jeugdbeschermer.write(toFile: map + "/jeugdbeschermer.yaml", atomically: true, encoding: .utf8)
    }
}
