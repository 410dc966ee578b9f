import Foundation
import Testing
@testable import Casus

/// Hostile or broken files are refused quickly with a clear fout; never expanded, never a crash.
@Suite struct VijandigeInvoerTests {
    @Test func teGrootBestand() throws {
        let pad = IntakeHulp.schrijf(Data(repeating: UInt8(ascii: "a"), count: 5 * 1024 * 1024 + 1))
        let (format, meldingen) = Intake.leesFormat(pad: pad)
        #expect(format == nil)
        #expect(meldingen.count == 1)
        #expect(meldingen.first?.bericht.contains("te groot") == true)
    }

    @Test func binairBestand() throws {
        var data = Data("format: tijdlijn-format/1\n".utf8)
        data.append(contentsOf: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A])
        let m = try #require(Intake.leesFormat(pad: IntakeHulp.schrijf(data)).1.first)
        #expect(m.bericht.contains("geen tekstbestand"))
        #expect(m.regel == 2)
    }

    @Test func windows1252WordtOmgezetMetWaarschuwing() throws {
        let tekst = IntakeHulp.format("gebeurtenissen:\n  - datum: 2019\n    wat: Zoë ging naar de crèche – “prima”\n")
        var bytes: [UInt8] = []
        for scalar in tekst.unicodeScalars {
            switch scalar {
            case "ë": bytes.append(0xEB)
            case "è": bytes.append(0xE8)
            case "–": bytes.append(0x96)
            case "“": bytes.append(0x93)
            case "”": bytes.append(0x94)
            default: bytes.append(UInt8(scalar.value))
            }
        }
        let (format, meldingen) = Intake.leesFormat(pad: IntakeHulp.schrijf(Data(bytes)))
        #expect(format?.gebeurtenissen.first?.wat == "Zoë ging naar de crèche – “prima”")
        #expect(meldingen.count == 1)
        #expect(meldingen.first?.ernst == .waarschuwing)
        #expect(meldingen.first?.bericht.contains("Windows-1252") == true)
        #expect(meldingen.first?.regel == 13)
    }

    @Test func onleesbareCoderingIsFoutMetPlek() throws {
        var data = Data("format: tijdlijn-format/1\ncasus: x\n".utf8)
        data.append(contentsOf: [0x77, 0x61, 0x74, 0x81, 0x0A])
        let m = try #require(Intake.leesFormat(pad: IntakeHulp.schrijf(data)).1.first)
        #expect(m.ernst == .fout)
        #expect((m.regel, m.kolom) == (3, 4))
        #expect(m.bericht.contains("0x81"))
    }

    @Test func utf16MetBOMWordtGelezen() throws {
        var data = Data([0xFF, 0xFE])
        data.append(IntakeHulp.format().data(using: .utf16LittleEndian)!)
        let (format, meldingen) = Intake.leesFormat(pad: IntakeHulp.schrijf(data))
        #expect(meldingen.isEmpty)
        #expect(format?.gezinsleden.count == 2)
    }

    @Test func aliasBomWordtGeweigerd() throws {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for i in 1...30 {
            let vorige = i == 1 ? "a" : "a\(i - 1)"
            yaml += "a\(i): &a\(i) [" + Array(repeating: "*\(vorige)", count: 9).joined(separator: ",") + "]\n"
        }
        yaml += "format: tijdlijn-format/1\ngezinsleden: *a30\n"
        let klok = ContinuousClock()
        let begin = klok.now
        let (format, meldingen) = Intake.leesFormat(tekst: yaml, pad: "bom.yaml")
        // A generous bound that still fails if the aliases were expanded (9^30 nodes).
        #expect(klok.now - begin < .seconds(10))
        #expect(format == nil)
        #expect(meldingen.contains { $0.bericht.contains("ankers") })
    }

    @Test func ankerInFormatWordtGeweigerd() throws {
        let yaml = IntakeHulp.format("netwerk:\n  - &oma\n    id: oma\n    rol: oma\n  - *oma\n")
        let m = try #require(IntakeHulp.meldingen(yaml).first)
        #expect(m.regel == 12)
        #expect(m.bericht.contains("ankers"))
    }

    @Test func legBestand() throws {
        let m = try #require(Intake.leesFormat(pad: IntakeHulp.schrijf("")).1.first)
        #expect(m.bericht.contains("leeg"))
    }

    @Test func geenBlokMaarLijst() throws {
        let m = try #require(IntakeHulp.meldingen("- a\n- b\n").first)
        #expect(m.bericht.contains("blok met sleutels"))
    }

    @Test func diepGenesteLijstenCrashenNiet() {
        let yaml = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let m = IntakeHulp.meldingen(yaml)
        #expect(m.heeftFouten)
    }

    @Test func bestandBestaatNiet() throws {
        let m = try #require(Intake.leesFormat(pad: "/bestaat/niet.yaml").1.first)
        #expect(m.bericht.contains("bestaat niet"))
    }
}
