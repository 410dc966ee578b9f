import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Casus

/// The reproductions of issue 12 through the real binary: a FIFO never hangs
/// `controleer`, escape sequences never reach the terminal, and "In orde" only
/// after at least one format was checked.
@Suite(.serialized, .timeLimit(.minutes(2))) struct OnveiligeInvoerCommandoTests {
    @Test func controleerHangtNietOpEenFifo() throws {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format(), naam: "wijkcoach.yaml", in: map)
        #expect(mkfifo(map + "/pijp.yaml", 0o600) == 0)
        let u = try WerkbankProces.voer(["controleer", map])
        #expect(u.code == 0)
        #expect(u.fout.contains(map + "/pijp.yaml:1:1: waarschuwing: overgeslagen: geen gewoon bestand maar een FIFO"))
    }

    @Test func importeerWeigertEenFifoBijNaam() throws {
        let map = IntakeHulp.tijdelijkeMap()
        #expect(mkfifo(map + "/los.yaml", 0o600) == 0)
        let u = try WerkbankProces.voer(["importeer", map + "/los.yaml", "--werkbank", map + "/wb.sqlite"])
        #expect(u.code == 1)
        #expect(u.fout.contains(map + "/los.yaml:1:1: fout: geen gewoon bestand maar een FIFO"))
    }

    @Test func geenStuurtekensNaarDeTerminal() throws {
        // A file name can carry an escape sequence; the melding that names it must not.
        let map = IntakeHulp.tijdelijkeMap()
        let naam = "a\u{1B}]0;pwned\u{07}\u{202E}.yaml"
        IntakeHulp.schrijf(IntakeHulp.format("gebeurtenissen:\n  - datum: ooit\n    wat: x\n"), naam: naam, in: map)
        let u = try WerkbankProces.voer(["controleer", map])
        #expect(u.code == 1)
        #expect(u.fout.contains("a<U+001B>]0;pwned<U+0007><U+202E>.yaml:12:12: fout: onleesbare datum"))
        #expect(!OnveiligeTekens.bevat(u.fout + u.uit))
    }

    @Test func argumentMetStuurtekenIsVerkeerdGebruik() throws {
        let u = try WerkbankProces.voer(["annotaties", "x\u{1B}[2J", "--werkbank", IntakeHulp.tijdelijkeMap() + "/wb.sqlite"])
        #expect(u.code == 2)
        #expect(u.fout.contains("argument 2 bevat een onzichtbaar teken (U+001B, stuurteken)"))
        #expect(!OnveiligeTekens.bevat(u.fout + u.uit))
    }

    /// The reproduction: U+FFFE passed controleer, then the PNG failed in English and
    /// left half the files. Now intake refuses it and nothing is written.
    @Test func eenNoncharacterLaatGeenHalveUitvoerAchter() throws {
        let map = IntakeHulp.tijdelijkeMap()
        try FileManager.default.createDirectory(atPath: map + "/casus", withIntermediateDirectories: true)
        IntakeHulp.schrijf(IntakeHulp.format("gebeurtenissen:\n  - datum: 2019\n    wat: \"a \\uFFFE b\"\n"),
                           naam: "wijkcoach.yaml", in: map + "/casus")
        let uit = map + "/uitvoer"
        let u = try WerkbankProces.voer(["analyseer", map + "/casus", "--uit", uit])
        #expect(u.code == 1)
        #expect(u.fout.contains("wijkcoach.yaml:13:10: fout: ongeldig teken"), "\(u.fout)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: uit)) ?? []).isEmpty)
    }

    @Test func ontbrekendPadIsExit2ZonderInOrde() throws {
        let u = try WerkbankProces.voer(["controleer", "/bestaat/niet"])
        #expect(u.code == 2)
        #expect(!u.fout.contains("In orde"))
    }

    @Test func zonderFormatIsHetNietInOrde() throws {
        let u = try WerkbankProces.voer(["controleer", Repo.pad("README.md")])
        #expect(u.code == 1)
        #expect(u.fout.contains("fout: geen tijdlijn-format gevonden om te controleren"))
        #expect(!u.fout.contains("In orde"))
    }

    @Test func eenGoedFormatIsInOrde() throws {
        let u = try WerkbankProces.voer(["controleer", IntakeHulp.schrijf(IntakeHulp.format())])
        #expect(u.code == 0)
        #expect(u.fout.contains("In orde."))
    }
}

/// What the terminal filter does with text and with JSON on stdout.
@Suite struct TerminaltekstTests {
    @Test func stuurtekensWordenZichtbaar() {
        #expect(Terminaltekst.veilig("a\u{1B}[31mb\u{202E}c" + OnveiligeInvoerTests.teken(0xFFFE) + "\td\n") == "a<U+001B>[31mb<U+202E>c<U+FFFE>\td\n")
        #expect(Terminaltekst.veilig("Zoë – “ok”") == "Zoë – “ok”")
    }

    @Test func jsonBlijftHetzelfdeDocument() throws {
        let waarde = ["wat": "x\u{202E}y\u{9B}z" + OnveiligeInvoerTests.teken(0x1FFFE)]
        let data = try JSONEncoder().encode(waarde)
        let veilig = Terminaltekst.veilig(json: data)
        #expect(!OnveiligeTekens.bevat(String(decoding: veilig, as: UTF8.self)))
        #expect(try JSONDecoder().decode([String: String].self, from: veilig) == waarde)
    }
}
