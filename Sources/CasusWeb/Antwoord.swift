import Foundation
import Hummingbird

/// A header name (HTTPTypes' own type, reached through Hummingbird's re-export of HTTPFields).
typealias Kopnaam = HTTPFields.Element.Name

enum Antwoord {
    static func json(_ tekst: String, status: HTTPResponse.Status = .ok) -> Response {
        json(Data(tekst.utf8), status: status)
    }

    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func html(_ tekst: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: tekst)))
    }

    static func bestand(_ tekst: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: tekst)))
    }

    /// A file the browser saves instead of showing.
    static func download(_ data: Data, naam: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(naam)\""],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The request body as a JSON object, at most 16 kB.
    static func object(_ request: Request, context: SessieContext) async throws -> [String: Any] {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        guard let waarde = try? JSONSerialization.jsonObject(with: Data(buffer: buffer)),
              let object = waarde as? [String: Any] else {
            throw WebFout(status: .badRequest, bericht: "Stuur een JSON-object, bijvoorbeeld {\"item\": \"…\", \"soort\": \"smiley\"}.")
        }
        return object
    }
}

extension Dictionary where Key == String, Value == Any {
    /// A text field; a wrong type or more than `max` characters is a Dutch 422.
    func tekst(_ sleutel: String, verplicht: Bool = false, max: Int = 2000) throws -> String? {
        switch self[sleutel] {
        case nil, is NSNull:
            if verplicht { throw WebFout.ongeldig("Het veld '\(sleutel)' ontbreekt.") }
            return nil
        case let s as String:
            guard s.count <= max else { throw WebFout.ongeldig("Het veld '\(sleutel)' is te lang: hoogstens \(max) tekens.") }
            return s
        default: throw WebFout.ongeldig("Het veld '\(sleutel)' moet tekst zijn.")
        }
    }

    /// A text field with something in it (trimmed), or nil.
    func ingevuld(_ sleutel: String, max: Int = 2000) throws -> String? {
        SessieKern.ingevuld(try tekst(sleutel, max: max))
    }
}
