import Foundation
import Testing
@testable import Casus

/// Issue 12, deliver 1: `--pseudoniem` on every command that prints stored or merged
/// text (logboek, versies, statistiek), and on stderr: no name reaches the terminal.
@Suite(.serialized) struct PseudoniemCommandoTests {
    static let namen = ["Femke", "Jansen", "Roos", "Petra", "Kuipers"]

    /// A casus whose writer, child, file name and importer all have names.
    static func casus(in map: String) throws -> String {
        let casus = map + "/casus"
        try FileManager.default.createDirectory(atPath: casus, withIntermediateDirectories: true)
        try """
            format: tijdlijn-format/1
            casus: namen-2024-01
            ingediend_door:
              rol: wijkcoach
              organisatie: Praktijk Femke Jansen
              naam: Femke Jansen
            gezinsleden:
              - id: moeder
                rol: moeder
              - id: kind-1
                rol: kind
                naam: Roos
            gebeurtenissen:
              - datum: 2019-03
                wat: Roos vertelt Femke over de ruzie
                soort: gebeurtenis

            """.write(toFile: casus + "/femke-jansen.yaml", atomically: true, encoding: .utf8)
        return casus
    }

    static func zonderNamen(_ u: WerkbankProces.Uitkomst, _ wat: String) {
        for naam in namen {
            #expect(!(u.uit + u.fout).contains(naam), "\(wat): \(naam) in \(u.uit)\(u.fout)")
        }
    }

    @Test func logboekEnVersiesZonderNamen() throws {
        let map = IntakeHulp.tijdelijkeMap()
        let casus = try Self.casus(in: map)
        let wb = map + "/wb.sqlite"
        #expect(try WerkbankProces.voer(["importeer", casus, "--door", "Petra Kuipers", "--werkbank", wb]).code == 0)
        let metNamen = try WerkbankProces.voer(["logboek", "namen-2024-01", "--werkbank", wb])
        #expect(metNamen.uit.contains("Petra Kuipers") && metNamen.uit.contains("femke-jansen.yaml"))
        let log = try WerkbankProces.voer(["logboek", "namen-2024-01", "--pseudoniem", "--werkbank", wb])
        #expect(log.code == 0)
        #expect(log.uit.contains("gebruiker 1"))
        Self.zonderNamen(log, "logboek")
        let versies = try WerkbankProces.voer(["versies", "namen-2024-01", "--pseudoniem", "--werkbank", wb])
        #expect(versies.code == 0)
        Self.zonderNamen(versies, "versies")
        let bron = try #require(versies.uit.split(separator: "\n").first { $0.contains(" — ") }?.split(separator: " ").first)
        let yaml = try WerkbankProces.voer(["versies", "namen-2024-01", "--bron", String(bron), "--versie", "1",
                                            "--pseudoniem", "--werkbank", wb])
        #expect(yaml.code == 0, "\(yaml.fout)")
        #expect(yaml.uit.contains("ingediend_door:"))
        Self.zonderNamen(yaml, "versies --bron")
    }

    @Test func statistiekEnMeldingenZonderNamen() throws {
        let casus = try Self.casus(in: IntakeHulp.tijdelijkeMap())
        let metNamen = try WerkbankProces.voer(["tijdlijn", casus])
        // The intake warns that "Roos" is also a word; that warning names the child.
        #expect(metNamen.fout.contains("Roos"))
        for commando in ["tijdlijn", "patronen", "statistiek"] {
            let u = try WerkbankProces.voer([commando, casus, "--pseudoniem"])
            #expect(u.code == 0, "\(commando): \(u.fout)")
            Self.zonderNamen(u, commando)
        }
    }
}
