import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Casus

/// Issue 12, deliver 3 and 4: only regular files are read (a FIFO never blocks), and
/// control characters, bidi overrides and noncharacters are refused with their place.
@Suite(.timeLimit(.minutes(1))) struct OnveiligeInvoerTests {
    static func fifo(_ naam: String, in map: String) -> String {
        let pad = (map as NSString).appendingPathComponent(naam)
        #expect(mkfifo(pad, 0o600) == 0)
        return pad
    }

    @Test func fifoInDeMapWordtOvergeslagenMetWaarschuwing() {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format(), naam: "wijkcoach.yaml", in: map)
        let pijp = Self.fifo("pijp.yaml", in: map)
        let invoer = Intake.leesCasusMap(pad: map)
        #expect(invoer.formats.count == 1)
        let melding = invoer.meldingen.first { $0.pad == pijp }
        #expect(melding?.ernst == .waarschuwing)
        #expect(melding?.bericht.contains("FIFO") == true)
    }

    @Test func fifoBijNaamIsEenFout() throws {
        let pijp = Self.fifo("pijp.yaml", in: IntakeHulp.tijdelijkeMap())
        let (format, meldingen) = Intake.leesFormat(pad: pijp)
        #expect(format == nil)
        let melding = try #require(meldingen.first)
        #expect(melding.ernst == .fout)
        #expect(melding.pad == pijp)
        #expect(melding.bericht.contains("geen gewoon bestand maar een FIFO"))
    }

    @Test func apparaatBijNaamIsEenFout() throws {
        // /dev/zero would never end if it were read.
        let melding = try #require(Intake.leesFormat(pad: "/dev/zero").1.first)
        #expect(melding.ernst == .fout)
        #expect(melding.bericht.contains("apparaat"))
    }

    @Test func fifoBijImportIsEenFoutEnWordtNietGeopend() {
        let map = IntakeHulp.tijdelijkeMap()
        let pijp = Self.fifo("los.yaml", in: map)
        let invoer = ImportLezer.lees(paden: [pijp])
        #expect(invoer.formats.isEmpty)
        #expect(invoer.meldingen.contains { $0.pad == pijp && $0.ernst == .fout })
    }

    @Test func mapMetYamlNaamWordtOvergeslagen() throws {
        let map = IntakeHulp.tijdelijkeMap()
        IntakeHulp.schrijf(IntakeHulp.format(), naam: "a.yaml", in: map)
        try FileManager.default.createDirectory(atPath: map + "/oud.yaml", withIntermediateDirectories: false)
        let invoer = Intake.leesCasusMap(pad: map)
        #expect(invoer.formats.count == 1)
        #expect(invoer.meldingen.contains { $0.pad == map + "/oud.yaml" && $0.ernst == .waarschuwing })
    }

    /// Swift literals refuse noncharacters, so they are made from their number.
    static func teken(_ waarde: UInt32) -> String { Unicode.Scalar(waarde).map { String(Character($0)) } ?? "" }

    static let gebeurtenis = "gebeurtenissen:\n  - datum: 2019\n    wat: "

    @Test func bidiOmkeringIsFoutMetPlek() throws {
        let meldingen = IntakeHulp.meldingen(IntakeHulp.format(Self.gebeurtenis + "ruzie \u{202E}kcab\n"))
        let m = try #require(meldingen.first)
        #expect(meldingen.count == 1)
        #expect(m.ernst == .fout)
        #expect((m.regel, m.kolom) == (13, 16))
        #expect(m.bericht.contains("U+202E"))
        #expect(m.bericht.contains("leesrichting"))
    }

    @Test func elkOnveiligTekenWordtGemeld() {
        let yaml = IntakeHulp.format(Self.gebeurtenis + "a\u{2066}b\u{202A}\n  - datum: 2020\n    wat: c" + Self.teken(0xFDD0) + "\n")
        let meldingen = IntakeHulp.meldingen(yaml)
        #expect(meldingen.map { "\($0.regel):\($0.kolom)" } == ["13:11", "13:13", "15:11"])
        #expect(meldingen.allSatisfy { $0.ernst == .fout })
    }

    @Test func rauwStuurtekenIsFoutMetPlek() throws {
        let meldingen = IntakeHulp.meldingen(IntakeHulp.format(Self.gebeurtenis + "a\u{1B}]0;titel\u{07}\n"))
        #expect(meldingen.map { "\($0.regel):\($0.kolom)" } == ["13:11", "13:20"])
        #expect(meldingen.first?.bericht.contains("stuurteken U+001B") == true)
    }

    @Test(arguments: ["\\e[31m", "\\u202E", "\\uFFFE", "\\x9B", "\\U0001FFFE"])
    func alsCodeGeschrevenIsOokFout(code: String) throws {
        let meldingen = IntakeHulp.meldingen(IntakeHulp.format(Self.gebeurtenis + "\"a \(code) b\"\n"))
        let m = try #require(meldingen.first)
        #expect(meldingen.count == 1)
        #expect(m.ernst == .fout)
        #expect((m.regel, m.kolom) == (13, 10))
        #expect(m.bericht.contains("als code geschreven"))
    }

    @Test func gewoneTekensBlijvenToegestaan() {
        let tekst = "Zoë\u{00A0}de Vries\tging – “prima” 👍 \u{200E}\u{05E9}\u{05DC}\u{05D5}\u{05DD}"
        #expect(IntakeHulp.meldingen(IntakeHulp.format(Self.gebeurtenis + "\"\(tekst)\"\n")).isEmpty)
        #expect(!OnveiligeTekens.bevat(tekst + "\r\n"))
    }

    @Test func eenVijandigBestandGeeftBegrensdVeelMeldingen() {
        let tekst = IntakeHulp.format(Self.gebeurtenis + String(repeating: "\u{202E}", count: 10_000) + "\n")
        let meldingen = IntakeHulp.meldingen(tekst)
        #expect(meldingen.count == OnveiligeTekens.maximumPerBestand + 1)
        #expect(meldingen.last?.bericht.contains("nog 9900") == true)
    }
}
