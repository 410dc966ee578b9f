import Casus
import CasusOpslag
import Foundation
import Hummingbird
import Logging
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

    /// Runs `werk` against the router (no network).
    func test(_ werk: (ProefClient) async throws -> Void) async throws {
        try await werk(ProefClient(responder: SessieServer.router(kern: kern, alleenLokaal: true).buildResponder()))
    }

    /// The annotations stored now (the example's sessie.yaml brings some).
    var annotaties: [OpgeslagenAnnotatie] { (try? werkbank.annotaties(casus: Self.casus)) ?? [] }

    var facilitator: HTTPFields { [.cookie: "\(Koekjes.sleutel)=\(kern.sleutel)"] }
}

/// Sends requests straight to the router, as the server would after reading them.
struct ProefClient {
    let responder: RouterResponder<SessieContext>

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:],
                 body: ByteBuffer? = nil, authority: String = "localhost") async throws -> ProefAntwoord {
        var h = headers
        if let body { h[.contentLength] = String(body.readableBytes) }
        let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: authority,
                                                path: uri, headerFields: h),
                              body: RequestBody(buffer: body ?? ByteBuffer()))
        let response = try await responder.respond(to: request, context: SessieContext(
            adres: "192.0.2.1", logger: Logger(label: "proef")))
        let doos = Verzamelaar.Doos()
        try await response.body.write(Verzamelaar(doos: doos))
        return ProefAntwoord(status: response.status, headers: response.headers, body: doos.buffer)
    }
}

struct ProefAntwoord {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: ByteBuffer
}

struct Verzamelaar: ResponseBodyWriter {
    final class Doos: @unchecked Sendable { var buffer = ByteBuffer() }
    let doos: Doos
    mutating func write(_ buffer: ByteBuffer) async throws { doos.buffer.writeImmutableBuffer(buffer) }
    consuming func finish(_: HTTPFields?) async throws {}
}

extension ProefClient {
    func json(_ uri: String, _ methode: HTTPRequest.Method, _ body: String? = nil,
              headers: HTTPFields = [:]) async throws -> ProefAntwoord {
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

extension ProefAntwoord {
    var tekst: String { String(buffer: body) }
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(tekst.utf8))) as? [String: Any] ?? [:]
    }
}
