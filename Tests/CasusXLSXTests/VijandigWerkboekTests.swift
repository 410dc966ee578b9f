import Foundation
import Testing
import ZIPFoundation
@testable import Casus
@testable import CasusXLSX

/// Hostile workbooks get one Dutch fout, quickly and without exhausting memory.
@Suite struct VijandigWerkboekTests {
    /// A zip built from parts; `niveau` chooses compression.
    static func zip(_ delen: [(String, Data)], inpakken: Bool = true) throws -> Data {
        let archief = try Archive(data: Data(), accessMode: .create)
        for (pad, data) in delen {
            try archief.addEntry(with: pad, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: inpakken ? .deflate : .none) { positie, grootte in
                data.subdata(in: Int(positie)..<Int(positie) + grootte)
            }
        }
        return try #require(archief.data)
    }

    /// The template's parts with one replaced or added.
    static func sjabloonMet(_ pad: String, _ inhoud: Data) throws -> Data {
        var delen = XLSXSchrijver.onderdelen(FormatIndeling.sjabloon).map { ($0.0, Data($0.1.utf8)) }
        delen.removeAll { $0.0 == pad }
        delen.append((pad, inhoud))
        return try zip(delen)
    }

    func meldingen(_ data: Data) -> [Melding] {
        let (boek, meldingen) = XLSXHulp.codec.lees(data, pad: "vijandig.xlsx")
        #expect(boek == nil)
        #expect(meldingen.count == 1)
        #expect(meldingen.allSatisfy { $0.ernst == .fout && $0.pad == "vijandig.xlsx" })
        return meldingen
    }

    @Test func geenZip() {
        let m = meldingen(Data("format: tijdlijn-format/1\n".utf8))
        #expect(m[0].bericht.contains("geen geldig zip-archief"))
        #expect(m[0].hint?.contains(".xlsx") == true)
    }

    @Test func afgebrokenZip() throws {
        let heel = try XLSXHulp.codec.schrijf(FormatIndeling.sjabloon)
        #expect(meldingen(heel.prefix(heel.count / 2))[0].bericht.contains("zip-archief"))
    }

    @Test func oudExcelBestand() {
        let m = meldingen(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)))
        #expect(m[0].bericht.contains(".xls"))
    }

    @Test func padDatUitDeMapKlimt() throws {
        let data = try Self.sjabloonMet("../../etc/cron.d/casus", Data("x".utf8))
        #expect(meldingen(data)[0].bericht.contains("verdacht pad"))
    }

    @Test func teVeelOnderdelen() throws {
        let delen = (0...ZipGrenzen.maximaalOnderdelen).map { ("xl/leeg\($0).xml", Data()) }
        #expect(meldingen(try Self.zip(delen, inpakken: false))[0].bericht.contains("te veel onderdelen"))
    }

    /// 100 MB of XML in one sheet (it packs to about 100 kB): refused on its declared size.
    @Test func blad100MB() throws {
        let rij = Data("<row><c t=\"inlineStr\"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>".utf8)
        var blad = Data(capacity: 100 * 1_048_576)
        while blad.count < 100 * 1_048_576 { blad.append(rij) }
        let data = try Self.sjabloonMet("xl/worksheets/sheet4.xml", blad)
        #expect(meldingen(data)[0].bericht.contains("te groot"))
    }

    /// A zip bomb that lies about its size in both headers: caught while inflating.
    @Test func zipBomMetLeugenachtigeKop() throws {
        let bom = Data(String(repeating: " ", count: 40 * 1_048_576).utf8)
        var data = try Self.sjabloonMet("xl/worksheets/sheet4.xml", bom)
        Self.vervalsGrootte(&data, pad: "xl/worksheets/sheet4.xml", grootte: 1000)
        let m = meldingen(data)
        #expect(m[0].bericht.contains("zip-bom") || m[0].bericht.contains("beschadigd"))
    }

    /// Sets the uncompressed size of an entry in its local and central headers.
    static func vervalsGrootte(_ data: inout Data, pad: String, grootte: UInt32) {
        let naam = Data(pad.utf8)
        let le = withUnsafeBytes(of: grootte.littleEndian) { Data($0) }
        var i = data.startIndex
        while let bereik = data[i...].firstRange(of: naam) {
            let start = bereik.lowerBound
            if start >= 30, data[start - 30..<start - 26] == Data([0x50, 0x4B, 0x03, 0x04]) {
                data.replaceSubrange(start - 8..<start - 4, with: le)
            } else if start >= 46, data[start - 46..<start - 42] == Data([0x50, 0x4B, 0x01, 0x02]) {
                data.replaceSubrange(start - 22..<start - 18, with: le)
            }
            i = bereik.upperBound
        }
    }

    @Test func entiteitenBom() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol3;</t></si></sst>
            """
        let data = try Self.sjabloonMet("xl/sharedStrings.xml", Data(xml.utf8))
        #expect(meldingen(data)[0].bericht.contains("DOCTYPE"))
    }

    @Test func externeEntiteit() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>\
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="&x;" sheetId="1"/></sheets></workbook>
            """
        let data = try Self.sjabloonMet("xl/workbook.xml", Data(xml.utf8))
        let m = meldingen(data)
        #expect(m[0].bericht.contains("DOCTYPE"))
        #expect(!m[0].description.contains("root:"))
    }

    @Test func kapotteXML() throws {
        let data = try Self.sjabloonMet("xl/worksheets/sheet4.xml", Data("<worksheet><sheetData><row>".utf8))
        #expect(meldingen(data)[0].bericht.contains("geen geldige XML"))
    }

    @Test func zonderInhoudsopgave() throws {
        let data = try Self.zip([("iets.txt", Data("hallo".utf8))])
        #expect(meldingen(data)[0].bericht.contains("xl/workbook.xml"))
    }

    /// Through intake: a hostile workbook in a casus folder is one fout at its path, in Dutch.
    @Test func inEenCasusmap() throws {
        let map = XLSXHulp.tijdelijkeMap()
        FileManager.default.createFile(atPath: map + "/wijkcoach.xlsx", contents: Data("geen zip".utf8))
        let invoer = Intake.leesCasusMap(pad: map)
        let fouten = invoer.meldingen.fouten.filter { $0.pad.hasSuffix("wijkcoach.xlsx") }
        #expect(fouten.count == 1)
        #expect(fouten.first?.description.contains("wijkcoach.xlsx: fout:") == false)
        #expect(fouten.first?.bericht.contains("geen werkboek") == true)
    }
}
