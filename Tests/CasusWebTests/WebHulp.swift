import Casus
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import CasusWeb

/// A workbench with the Hengelo example imported, in a fresh temporary folder.
struct WebProef {
    let map: String
    let werkbank: Werkbank
    let kern: SessieKern
    static let casus = "hengelo-2024-02"

    init(namen: Bool = false, poortwachter: Poortwachter = Poortwachter()) throws {
        map = NSTemporaryDirectory() + "casus-web-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        werkbank = try Werkbank.open(pad: map + "/wb.sqlite", maakAan: true)
        let invoer = ImportLezer.lees(paden: [Self.repo("examples/hengelo-2024-02")])
        _ = try WerkbankSamenvoeging.importeer(invoer, in: werkbank, door: "test")
        kern = try SessieKern(casus: Self.casus, werkbank: werkbank, namenVoorDeelnemers: namen,
                              poortwachter: poortwachter)
    }

    static func repo(_ relatief: String) -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent(relatief).path
    }

    func app() -> some ApplicationProtocol {
        Application(router: SessieServer.router(kern: kern, alleenLokaal: true))
    }

    /// Runs `werk` against the router (no network).
    func test(_ werk: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await app().test(.router) { client in try await werk(client) }
    }

    var facilitator: HTTPFields { [.cookie: "\(Koekjes.sleutel)=\(kern.sleutel)"] }
}

extension TestClientProtocol {
    func json(_ uri: String, _ methode: HTTPRequest.Method, _ body: String? = nil,
              headers: HTTPFields = [:]) async throws -> TestResponse {
        var h = headers
        if body != nil { h[.contentType] = "application/json" }
        return try await execute(uri: uri, method: methode, headers: h, body: body.map { ByteBuffer(string: $0) })
    }

    /// Joins as a participant; the cookie header to use afterwards.
    func meldAan(_ code: String, rol: String = "wijkcoach", naam: String? = nil) async throws -> HTTPFields {
        let naamJSON = naam.map { ",\"naam\":\"\($0)\"" } ?? ""
        let r = try await json("/api/deelnemers", .post, "{\"code\":\"\(code)\",\"rol\":\"\(rol)\"\(naamJSON)}")
        #expect(r.status == .created)
        let koekje = r.headers[.setCookie] ?? ""
        let paar = koekje.split(separator: ";").first.map(String.init) ?? ""
        return [.cookie: paar]
    }
}

extension TestResponse {
    var tekst: String { String(buffer: body) }
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(tekst.utf8))) as? [String: Any] ?? [:]
    }
}
