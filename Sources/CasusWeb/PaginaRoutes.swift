import Casus
import CasusOpslag
import Hummingbird

/// The pages, and `?sleutel=` on every one of them: it sets the facilitator's
/// cookie and redirects to the same page without the key in the address.
enum PaginaRoutes {
    static func voegToe(aan router: Router<SessieContext>, kern: SessieKern) {
        router.get("/") { request, _ in
            try await pagina(request, kern: kern) { wie, invoer in
                guard wie == .facilitator else { return nietFacilitator() }
                return Antwoord.html(Paginas.sessie(invoer, projector: false))
            }
        }
        router.get("/scherm") { request, _ in
            try await pagina(request, kern: kern) { wie, invoer in
                guard wie == .facilitator else { return nietFacilitator() }
                return Antwoord.html(Paginas.sessie(invoer, projector: true))
            }
        }
        router.get("/muur") { request, _ in
            try await pagina(request, kern: kern) { wie, invoer in
                guard wie != .niemand else { return Response(status: .seeOther, headers: [.location: "/doe-mee"]) }
                return Antwoord.html(Paginas.muur(invoer))
            }
        }
        router.get("/doe-mee") { request, _ in
            try await pagina(request, kern: kern) { wie, invoer in
                guard case .deelnemer(let d) = wie else { return Antwoord.html(DoeMeePagina.aanmelden(casus: kern.casus)) }
                return Antwoord.html(DoeMeePagina.deelnemen(invoer, deelnemer: d))
            }
        }
        router.get("/statisch/:bestand") { _, context in
            guard let naam = context.parameters.get("bestand"), let (tekst, type) = Statisch.bestanden[naam] else {
                throw WebFout(status: .notFound, bericht: "Dit bestand bestaat niet.")
            }
            return Antwoord.bestand(tekst, type: type)
        }
    }

    static func nietFacilitator() -> Response {
        Antwoord.html(Paginas.fout("Deze pagina is voor de facilitator. Open de link met ?sleutel= die `casus sessie` liet zien. Doe je mee? Ga naar /doe-mee."),
                      status: .unauthorized)
    }

    static func pagina(_ request: Request, kern: SessieKern,
                       _ maak: (Wie, Paginas.Invoer) -> Response) async throws -> Response {
        if let gegeven = request.uri.queryParameters.get("sleutel") {
            guard Geheim.gelijk(gegeven, kern.sleutel) else {
                return Antwoord.html(Paginas.fout("Deze sleutel klopt niet. Gebruik de link die `casus sessie` liet zien."),
                                     status: .forbidden)
            }
            var response = Response(status: .seeOther, headers: [.location: request.uri.path])
            response.setCookie(Koekjes.maak(Koekjes.sleutel, kern.sleutel))
            return response
        }
        let wie = Koekjes.wie(request, kern: kern)
        let w = kern.weergave
        let annotaties = wie == .niemand ? [] : try await kern.opRij { try kern.werkbank.annotaties(casus: kern.casus) }
        // The projector is seen by everyone in the room: it shows what participants see.
        let pseudoniem = request.uri.path == "/" ? false : !kern.namenVoorDeelnemers
        let invoer = Paginas.Invoer(
            casus: kern.casus, tijdlijn: pseudoniem ? w.openbaar : w.tijdlijn, pseudoniem: pseudoniem,
            annotaties: pseudoniem ? w.voorDeelnemers(annotaties) : annotaties,
            deelnemers: kern.deelnemers, stap: kern.stap, code: kern.code,
            adres: "http://\(request.head.authority ?? "127.0.0.1")")
        return maak(wie, invoer)
    }
}
