import Casus
import CasusOpslag
import Foundation
import Hummingbird
import Testing
import CasusProef
@testable import CasusWeb

/// The end of the session in the browser: the report and the export as
/// downloads, for the facilitator only.
@Suite("Sessie: verslag en export downloaden")
struct AfrondingTests {
    @Test("het verslag is een HTML-bestand om op te slaan, zonder namen, met wat in de browser is vastgelegd")
    func verslag() async throws {
        let proef = try WebProef()
        let naam = try #require(try proef.werkbank.sessie(casus: WebProef.casus).deelnemers.compactMap(\.naam).first)
        try await proef.test { client in
            let e = try await client.json("/api/evaluatie", .post, "{\"door\":\"p2\",\"tekst\":\"Eindelijk de hele lijn.\"}",
                                          headers: proef.facilitator)
            #expect(e.status == .created)
            let r = try await client.json("/api/verslag", .get, headers: proef.facilitator)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(r.headers[.contentDisposition] == "attachment; filename=\"sessieverslag-hengelo-2024-02.html\"")
            #expect(r.tekst.contains("Sessieverslag casus hengelo-2024-02"))
            #expect(r.tekst.contains("jeugdbeschermer: Eindelijk de hele lijn."))
            #expect(!r.tekst.contains(naam))
            let metNamen = try await client.json("/api/verslag?namen=ja", .get, headers: proef.facilitator)
            #expect(metNamen.status == .ok && metNamen.tekst.contains(naam))
            #expect(metNamen.headers[.contentDisposition]?.contains("met-namen") == true)
        }
    }

    @Test("het verslag als PDF: A4 in het geheugen gemaakt, zonder namen")
    func verslagPDF() async throws {
        let proef = try WebProef()
        let naam = try #require(try proef.werkbank.sessie(casus: WebProef.casus).deelnemers.compactMap(\.naam).first)
        try await proef.test { client in
            let r = try await client.json("/api/verslag?formaat=pdf", .get, headers: proef.facilitator)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType] == "application/pdf")
            #expect(r.headers[.contentDisposition] == "attachment; filename=\"sessieverslag-hengelo-2024-02.pdf\"")
            let bytes = Data(r.body.readableBytesView)
            #expect(bytes.starts(with: Array("%PDF-".utf8)) && bytes.count > 50_000)
            // Real text: poppler reads the report's title and no participant's name.
            let pad = proef.map + "/verslag.pdf"
            try bytes.write(to: URL(fileURLWithPath: pad))
            // Words joined by single spaces: the title may wrap onto two lines.
            let tekst = try Poppler.tekst(pad).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(tekst.contains("Sessieverslag casus hengelo-2024-02"))
            #expect(!tekst.contains(naam))
        }
    }

    @Test("de export is de casusmap als zip (formats en sessie.yaml), met een regel in het logboek")
    func export() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            let r = try await client.json("/api/export", .get, headers: proef.facilitator)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType] == "application/zip")
            #expect(r.headers[.contentDisposition] == "attachment; filename=\"hengelo-2024-02.zip\"")
            let bytes = Array(r.body.readableBytesView)
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            let namen = String(decoding: bytes, as: UTF8.self)
            #expect(namen.contains("hengelo-2024-02/sessie.yaml") && namen.contains("hengelo-2024-02/wijkcoach.yaml"))
        }
        let log = try proef.werkbank.logboek(casus: WebProef.casus)
        #expect(log.contains { $0.actie == LogboekActie.exporteer.rawValue && $0.wie == "facilitator" })
    }

    @Test("een deelnemer of iemand zonder sleutel krijgt geen verslag en geen export (403)")
    func alleenFacilitator() async throws {
        let proef = try WebProef()
        try await proef.test { client in
            let deelnemer = try await client.meldAan(proef.kern.code)
            for pad in ["/api/verslag", "/api/verslag?namen=ja", "/api/verslag?formaat=pdf", "/api/export"] {
                let r = try await client.json(pad, .get, headers: deelnemer)
                #expect(r.status == .forbidden, "\(pad)")
                #expect(r.object["fout"] as? String == "Dit mag alleen de facilitator.")
                let niemand = try await client.json(pad, .get)
                #expect(niemand.status == .forbidden, "\(pad)")
            }
        }
        let log = try proef.werkbank.logboek(casus: WebProef.casus)
        #expect(!log.contains { $0.actie == LogboekActie.exporteer.rawValue })
    }
}
