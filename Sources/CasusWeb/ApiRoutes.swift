import Casus
import CasusOpslag
import Foundation
import Hummingbird
import ServiceLifecycle

/// The JSON API of cli.md: tijdlijn, deelnemers, annotaties, stroom (and the step).
enum ApiRoutes {
    static func voegToe(aan router: Router<SessieContext>, kern: SessieKern) {
        router.get("/api/tijdlijn") { request, _ -> Response in
            let wie = Koekjes.wie(request, kern: kern)
            guard wie != .niemand else { throw WebFout.niemand() }
            return Antwoord.json(try await kern.tijdlijnJSON(voor: wie, volledig: volledig(wie, request, kern)))
        }

        router.post("/api/deelnemers") { request, context -> Response in
            let body = try await Antwoord.object(request, context: context)
            let (deelnemer, geheim) = try await kern.meldAan(
                code: try body.tekst("code", verplicht: true) ?? "",
                rol: try body.tekst("rol", verplicht: true) ?? "",
                naam: try body.tekst("naam"), organisatie: try body.tekst("organisatie"),
                checkIn: try body.tekst("check_in"), adres: context.adres)
            var response = Antwoord.json(JSON.deelnemer(deelnemer, metNaam: true), status: .created)
            response.setCookie(Koekjes.maak(Koekjes.deelnemer, geheim))
            return response
        }

        router.get("/api/deelnemers") { request, _ -> Response in
            let wie = Koekjes.wie(request, kern: kern)
            guard wie != .niemand else { throw WebFout.niemand() }
            let namen = wie == .facilitator || kern.namenVoorDeelnemers
            let lijst = kern.deelnemers.map { JSON.deelnemer($0, metNaam: namen) }.joined(separator: ",")
            return Antwoord.json("{\"deelnemers\":[\(lijst)],\"stap\":\(kern.stap)}")
        }

        router.post("/api/annotaties") { request, context -> Response in
            let wie = Koekjes.wie(request, kern: kern)
            guard wie != .niemand else { throw WebFout.niemand() }
            let body = try await Antwoord.object(request, context: context)
            let nummer = try await kern.annoteer(
                wie, item: try body.tekst("item", verplicht: true) ?? "",
                soort: try body.tekst("soort", verplicht: true) ?? "",
                thema: try body.tekst("thema"), toelichting: try body.tekst("toelichting"))
            return Antwoord.json("{\"nummer\":\(nummer)}", status: .created)
        }

        router.delete("/api/annotaties/:nummer") { request, context -> Response in
            let wie = Koekjes.wie(request, kern: kern)
            guard wie != .niemand else { throw WebFout.niemand() }
            guard let nummer = context.parameters.get("nummer", as: Int64.self) else {
                throw WebFout(status: .notFound, bericht: "Geen annotatie met dit nummer.")
            }
            try await kern.verwijder(wie, nummer: nummer)
            return Response(status: .noContent)
        }

        router.post("/api/stap") { request, context -> Response in
            let body = try await vanFacilitator(request, context: context, kern: kern)
            guard let stap = body["stap"] as? Int else { throw WebFout.ongeldig("Geef de stap als getal: {\"stap\": 3}.") }
            try await kern.zetStap(stap)
            return Antwoord.json("{\"stap\":\(stap)}")
        }

        router.get("/api/stroom") { request, _ -> Response in
            let wie = Koekjes.wie(request, kern: kern)
            guard wie != .niemand else { throw WebFout.niemand() }
            let laatste = request.headers[Kopnaam("Last-Event-ID")!]
                ?? request.uri.queryParameters.get("na")
            return stroom(kern.stroom, volledig: volledig(wie, request, kern), na: laatste)
        }
    }

    /// The body of a write only the facilitator may do (403 for anyone else, before the body is read).
    static func vanFacilitator(_ request: Request, context: SessieContext, kern: SessieKern) async throws -> [String: Any] {
        guard Koekjes.wie(request, kern: kern) == .facilitator else { throw WebFout.alleenFacilitator() }
        return try await Antwoord.object(request, context: context)
    }

    /// text/event-stream: first what the client missed (or `ververs`), then every change.
    /// Names only for the facilitator's own screen: the projector and `/muur` ask
    /// `?weergave=openbaar`, which can narrow what is shown but never widen it.
    static func volledig(_ wie: Wie, _ request: Request, _ kern: SessieKern) -> Bool {
        if kern.namenVoorDeelnemers { return true }
        return wie == .facilitator && request.uri.queryParameters.get("weergave") != "openbaar"
    }

    static func stroom(_ stroom: Stroom, volledig facilitator: Bool, na laatste: String?) -> Response {
        let (gebeurtenissen, stop) = stroom.luister()
        let gemist = stroom.gemist(na: laatste)
        let body = ResponseBody { writer in
            defer { stop() }
            var gezien = 0
            func stuur(_ g: Gebeurtenis) async throws {
                if g.nummer == 0 {
                    try await writer.write(ByteBuffer(string: ": nog hier\n\n"))
                    return
                }
                guard g.nummer > gezien else { return }
                gezien = g.nummer
                let data = facilitator ? g.voorFacilitator : g.voorDeelnemer
                try await writer.write(ByteBuffer(string: Stroom.tekst(id: stroom.id(g), soort: g.soort, data: data)))
            }
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            if let gemist {
                for g in gemist { try await stuur(g) }
            } else {
                try await writer.write(ByteBuffer(string: Stroom.tekst(id: stroom.laatsteId, soort: "ververs", data: "{}")))
            }
            try await withGracefulShutdownHandler {
                for await g in gebeurtenissen { try await stuur(g) }
            } onGracefulShutdown: {
                stop()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8",
                                               .cacheControl: "no-cache"], body: body)
    }
}
