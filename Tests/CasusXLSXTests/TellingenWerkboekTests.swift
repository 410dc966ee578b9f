import Foundation
import Testing
import ZIPFoundation
@testable import Casus
@testable import CasusXLSX

/// `rode-draden --csv MAP` also writes `tellingen.xlsx`: the CSV's tables as sheets,
/// counts as number cells, so LibreOffice and any Excel open it without a separator.
@Suite struct TellingenWerkboekTests {
    static func rodeDraden() -> RodeDraden {
        var s = Sessie(casus: "a", afspraken: [Afspraak(wat: "=SOM(A1); bel \"school\" <snel>", wie: "wijkcoach")])
        s.visie = [VisieOordeel(principe: 2, oordeel: .niet)]
        return RodeDraden.bereken([Analyse(tijdlijn: Tijdlijn(casus: "a"), sessie: s),
                                   Analyse(tijdlijn: Tijdlijn(casus: "b"), sessie: nil)])
    }

    /// Read back, every sheet holds exactly the rows of its CSV table.
    @Test func elkBladIsZijnCSVTabel() throws {
        let r = Self.rodeDraden()
        let data = try XLSXHulp.codec.schrijf(RodeDradenCSV.werkboek(r))
        let (werkboek, meldingen) = XLSXHulp.codec.lees(data, pad: "tellingen.xlsx")
        #expect(meldingen.isEmpty, "\(meldingen)")
        let bladen = try #require(werkboek).bladen
        let tabellen = RodeDradenCSV.tabellen(r)
        #expect(bladen.map(\.naam) == tabellen.map(\.blad))
        for (blad, tabel) in zip(bladen, tabellen) {
            let gelezen = blad.rijen.map { rij in
                (1...max(1, tabel.rijen[0].count)).map { rij.cel($0)?.tekst ?? "" }
            }
            #expect(gelezen == tabel.rijen, "\(blad.naam)")
        }
    }

    /// Counts are number cells; every text stays a text cell, never a formula.
    @Test func aantallenAlsGetalTekstAlsTekst() throws {
        let data = try XLSXHulp.codec.schrijf(RodeDradenCSV.werkboek(Self.rodeDraden()))
        let archief = try Archive(data: data, accessMode: .read)
        func blad(_ n: Int) throws -> String {
            var xml = Data()
            _ = try archief.extract(try #require(archief["xl/worksheets/sheet\(n).xml"])) { xml.append($0) }
            return String(decoding: xml, as: UTF8.self)
        }
        let principes = try blad(5)
        // Every principle a row; principle 2 was judged "niet" in casus a.
        #expect(principes.contains("<c r=\"A3\" s=\"0\"><v>2</v></c>"))
        #expect(principes.contains("<c r=\"B3\" s=\"0\" t=\"inlineStr\"><is><t xml:space=\"preserve\">twee gezinnen, twee plannen</t>"))
        #expect(principes.contains("<c r=\"C3\" s=\"0\" t=\"inlineStr\"><is><t xml:space=\"preserve\">niet</t>"))
        let afspraken = try blad(6)
        #expect(afspraken.contains("=SOM(A1); bel &quot;school&quot; &lt;snel&gt;"))
        #expect(!afspraken.contains("<f>"))
        // No help comments: a table of counts has none.
        #expect(archief["xl/comments1.xml"] == nil)
    }

    /// Only a whole number as a number would print it again is a number: `007` is a code.
    @Test func alleenEchteGetallen() {
        let xml = XLSXBlad.rij(2, ["007", "12", "1e3", "3,5", " 4"], stijl: 0, getallen: true)
        #expect(xml.contains("<c r=\"B2\" s=\"0\"><v>12</v></c>"))
        for (cel, tekst) in [("A2", "007"), ("C2", "1e3"), ("D2", "3,5"), ("E2", " 4")] {
            #expect(xml.contains("<c r=\"\(cel)\" s=\"0\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(tekst)</t>"))
        }
    }

    /// A template sheet keeps every cell text, even a year.
    @Test func sjabloonBlijftTekst() throws {
        let ontwerp = WerkboekOntwerp(bladen: [WerkboekOntwerp.Blad(
            naam: "Gebeurtenissen", kolommen: [WerkboekOntwerp.Kolom("datum", "Wanneer")], rijen: [["2019"]])])
        let archief = try Archive(data: try XLSXHulp.codec.schrijf(ontwerp), accessMode: .read)
        var xml = Data()
        _ = try archief.extract(try #require(archief["xl/worksheets/sheet1.xml"])) { xml.append($0) }
        #expect(String(decoding: xml, as: UTF8.self).contains("t=\"inlineStr\"><is><t xml:space=\"preserve\">2019</t>"))
        #expect(archief["xl/comments1.xml"] != nil)
    }
}
