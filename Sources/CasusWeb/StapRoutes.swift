import Casus
import CasusOpslag
import Foundation
import Hummingbird

/// The facilitator's steps 2 and 4 and the closing: family cards, the eight
/// principles, agreements, evaluation. Reading is for everyone in the session
/// (without names unless allowed); writing only for the facilitator.
enum StapRoutes {
    static func voegToe(aan router: Router<SessieContext>, kern: SessieKern) {
        router.get("/api/sessie") { request, _ -> Response in
            let wie = Koekjes.wie(request, kern: kern)
            guard wie != .niemand else { throw WebFout.niemand() }
            return Antwoord.json(try await kern.sessieStand(volledig: ApiRoutes.volledig(wie, request, kern)))
        }

        router.post("/api/gezinsleden") { request, context -> Response in
            let body = try await ApiRoutes.vanFacilitator(request, context: context, kern: kern)
            let aanvulling = GezinslidAanvulling(
                id: try body.tekst("gezinslid", verplicht: true, max: 200) ?? "",
                eigenheid: try body.ingevuld("eigenheid"), blijVan: try body.ingevuld("blij_van"),
                mechanisme: try body.ingevuld("mechanisme"), door: try body.ingevuld("door", max: 80))
            guard !aanvulling.isLeeg else {
                throw WebFout.ongeldig("Vul minstens één in: eigenheid, blij van of mechanisme.")
            }
            let nummer = try await kern.vulAan(aanvulling)
            return Antwoord.json("{\"nummer\":\(nummer)}", status: .created)
        }

        router.post("/api/visie") { request, context -> Response in
            let body = try await ApiRoutes.vanFacilitator(request, context: context, kern: kern)
            guard let principe = body["principe"] as? Int, Principe.nummers.contains(principe) else {
                throw WebFout.ongeldig("Kies een principe van 1 tot en met 8: {\"principe\": 2, \"oordeel\": \"niet\"}.")
            }
            let oordeel = try SessieBewerking.oordeel(try body.tekst("oordeel", verplicht: true, max: 20) ?? "")
            try await kern.zetOordeel(VisieOordeel(principe: principe, oordeel: oordeel,
                                                   toelichting: try body.ingevuld("toelichting"),
                                                   hadKunnen: try body.ingevuld("had_kunnen")))
            return Antwoord.json("{\"principe\":\(principe)}")
        }

        router.post("/api/afspraken") { request, context -> Response in
            let body = try await ApiRoutes.vanFacilitator(request, context: context, kern: kern)
            guard let wat = try body.ingevuld("wat") else {
                throw WebFout.ongeldig("Schrijf op wat er is afgesproken ('wat' is leeg).")
            }
            let wanneer = try body.ingevuld("wanneer", max: 80).map { t throws(WerkbankFout) in
                try SessieBewerking.wanneer(t, bij: " bij 'wanneer'")
            }
            let status = try body.ingevuld("status", max: 20).map { t throws(WerkbankFout) in try SessieBewerking.status(t) }
            let nummer = try await kern.legAfspraakVast(Afspraak(wat: wat, wie: try body.ingevuld("wie", max: 80),
                                                                 wanneer: wanneer, status: status))
            return Antwoord.json("{\"nummer\":\(nummer)}", status: .created)
        }

        router.post("/api/afspraken/:nummer") { request, context -> Response in
            let body = try await ApiRoutes.vanFacilitator(request, context: context, kern: kern)
            guard let nummer = context.parameters.get("nummer", as: Int64.self) else {
                throw WebFout(status: .notFound, bericht: "Geen afspraak met dit nummer.")
            }
            let status = try SessieBewerking.status(try body.tekst("status", verplicht: true, max: 20) ?? "")
            try await kern.zetStatus(afspraak: nummer, status)
            return Antwoord.json("{\"nummer\":\(nummer),\"status\":\(JSON.tekst(status.rawValue))}")
        }

        router.post("/api/evaluatie") { request, context -> Response in
            let body = try await ApiRoutes.vanFacilitator(request, context: context, kern: kern)
            guard let door = try body.ingevuld("door", max: 80), let tekst = try body.ingevuld("tekst") else {
                throw WebFout.ongeldig("Een evaluatie vraagt wie (door) en wat die zei (tekst).")
            }
            let nummer = try await kern.evalueer(Evaluatie(door: door, tekst: tekst))
            return Antwoord.json("{\"nummer\":\(nummer)}", status: .created)
        }
    }
}

/// Step 3: corrections of the merge, tried first and then stored (facilitator only).
enum CorrectieRoutes {
    static func voegToe(aan router: Router<SessieContext>, kern: SessieKern) {
        router.post("/api/correcties/proef") { request, context -> Response in
            let c = try Correctie.uit(try await ApiRoutes.vanFacilitator(request, context: context, kern: kern))
            return Antwoord.json("{\"voorbeeld\":\(JSON.tekst(try await kern.probeer(c)))}")
        }
        router.post("/api/correcties") { request, context -> Response in
            let c = try Correctie.uit(try await ApiRoutes.vanFacilitator(request, context: context, kern: kern))
            return Antwoord.json("{\"gedaan\":\(JSON.tekst(try await kern.corrigeer(c)))}", status: .created)
        }
    }
}
