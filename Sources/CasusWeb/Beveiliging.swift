import Hummingbird

/// Headers and checks on every request: a Content-Security-Policy that allows
/// nothing from outside, same-origin writes, a Host check against DNS
/// rebinding when only loopback listens, and Dutch errors as JSON or HTML.
struct Beveiliging: RouterMiddleware {
    typealias Context = SessieContext
    static let maxBody = 16 * 1024

    static let csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    let alleenLokaal: Bool

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            try controleer(request)
            response = try await next(request, context)
        } catch {
            response = Self.antwoord(op: error, pad: request.uri.path)
        }
        response.headers[.contentSecurityPolicy] = Self.csp
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Kopnaam("Referrer-Policy")!] = "no-referrer"
        response.headers[Kopnaam("X-Frame-Options")!] = "DENY"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    func controleer(_ request: Request) throws {
        if alleenLokaal, let host = request.head.authority, !Self.isLokaal(host) {
            throw WebFout(status: .forbidden, bericht: "Deze server is alleen te bereiken via 127.0.0.1.")
        }
        guard request.method != .get, request.method != .head else { return }
        // Browsers send Origin on every write; a different origin is another site trying.
        if let origin = request.headers[.origin] {
            guard let host = request.head.authority, origin == "http://\(host)" else {
                throw WebFout(status: .forbidden, bericht: "Geweigerd: dit verzoek komt niet van deze sessie-pagina.")
            }
        } else if let site = request.headers[Kopnaam("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
            throw WebFout(status: .forbidden, bericht: "Geweigerd: dit verzoek komt niet van deze sessie-pagina.")
        }
    }

    static func isLokaal(_ host: String) -> Bool {
        let naam = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }) + "]"
            : String(host.split(separator: ":", maxSplits: 1).first ?? "")
        return naam == "127.0.0.1" || naam == "localhost" || naam == "[::1]"
    }

    /// One place that turns a refusal into a response: JSON for the API, a page otherwise.
    static func antwoord(op error: any Error, pad: String) -> Response {
        var fout = WebFout.van(error)
        if let http = error as? any HTTPResponseError, !(error is WebFout) {
            switch http.status {
            case .contentTooLarge:
                fout = WebFout(status: .contentTooLarge, bericht: "Te veel tekst: hoogstens 16 kB per verzoek.")
            case .notFound:
                fout = WebFout(status: .notFound, bericht: "Deze pagina bestaat niet.")
            default:
                fout = WebFout(status: http.status, bericht: "Dit verzoek kan niet: \(http.status.reasonPhrase).")
            }
        }
        if pad.hasPrefix("/api/") {
            return Antwoord.json(JSON.fout(fout.bericht), status: fout.status)
        }
        return Antwoord.html(Paginas.fout(fout.bericht), status: fout.status)
    }
}
