import Casus
import CasusOpslag
import Foundation

/// The facilitator's writes of step 2, step 4 (principles, agreements) and the
/// closing: through the same `SessieBewerking` and workbench calls as the
/// command line, stored with their log line before anyone hears of it; then
/// every screen gets the new state (`sessie` event).
extension SessieKern {
    static let wie = "facilitator"

    /// `GET /api/sessie`.
    func sessieStand(volledig: Bool) async throws -> String {
        try await opRij { [self] in try stand(volledig: volledig) }
    }

    /// On the queue: the state as stored now.
    func stand(volledig: Bool) throws -> String {
        let sessie = try werkbank.sessie(casus: casus)
        let nummers = try werkbank.afspraken(casus: casus).map(\.nummer)
        return SessieStand(sessie, nummers: nummers, tijdlijn: weergave.tijdlijn, volledig: volledig).json
    }

    /// On the queue, after a change.
    func zendSessie() throws {
        let vol = try stand(volledig: true)
        stroom.zend("sessie", facilitator: vol, deelnemer: namenVoorDeelnemers ? vol : try stand(volledig: false))
    }

    /// Step 2: the group's addition to a family card. `door` is a participant id or nil (the group).
    func vulAan(_ aanvulling: GezinslidAanvulling) async throws -> Int64 {
        try await opRij { [self] in
            if let door = aanvulling.door {
                let ids = try werkbank.sessie(casus: casus).deelnemers.compactMap(\.id)
                guard ids.contains(door) else {
                    throw WebFout.ongeldig("Onbekende deelnemer '\(door)': kies iemand uit de lijst, of laat 'door' leeg voor de groep.")
                }
            }
            let nummer = try SessieBewerking.vulGezinslidAan(casus: casus, aanvulling, wie: Self.wie, in: werkbank)
            try zendSessie()
            return nummer
        }
    }

    /// Step 4, visie toetsen: the group's judgement on one principle (again: it changes).
    func zetOordeel(_ oordeel: VisieOordeel) async throws {
        try await opRij { [self] in
            var v = oordeel
            // The items named from the command line stay; the browser does not show them.
            v.items = try werkbank.sessie(casus: casus).visie.first { $0.principe == v.principe }?.items ?? []
            try SessieBewerking.zetOordeel(casus: casus, v, door: Self.wie, in: werkbank)
            try zendSessie()
        }
    }

    /// Step 4: a concrete agreement.
    func legAfspraakVast(_ afspraak: Afspraak) async throws -> Int64 {
        try await opRij { [self] in
            let nummer = try SessieBewerking.legAfspraakVast(casus: casus, afspraak, door: Self.wie, in: werkbank)
            try zendSessie()
            return nummer
        }
    }

    /// An agreement is done (or open again); the rest of it stays.
    func zetStatus(afspraak nummer: Int64, _ status: AfspraakStatus) async throws {
        try await opRij { [self] in
            guard var afspraak = try werkbank.afspraken(casus: casus).first(where: { $0.nummer == nummer })?.afspraak else {
                throw WebFout(status: .notFound, bericht: "Er is geen afspraak met nummer \(nummer).")
            }
            afspraak.status = status
            try SessieBewerking.wijzigAfspraak(casus: casus, nummer: nummer, afspraak, door: Self.wie, in: werkbank)
            try zendSessie()
        }
    }

    /// The closing round: what one participant said.
    func evalueer(_ evaluatie: Evaluatie) async throws -> Int64 {
        try await opRij { [self] in
            let nummer = try werkbank.voegEvaluatieToe(casus: casus, evaluatie, wie: Self.wie)
            try zendSessie()
            return nummer
        }
    }
}
