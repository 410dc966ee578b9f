import Casus
import CasusOpslag
import Dispatch
import Foundation
import Synchronization

/// The live session's state around the workbench. The workbench is the truth:
/// every change is stored (with its audit-log line) before it is acknowledged
/// or sent to anyone. Store calls are synchronous (GRDB), so they run on one
/// serial queue, off the server's threads, and in the order events go out.
final class SessieKern: Sendable {
    let casus: String
    let werkbank: any WerkbankOpslag
    let namenVoorDeelnemers: Bool
    let sleutel: String
    let code: String
    let stroom: Stroom
    let poortwachter: Poortwachter
    private let rij = DispatchQueue(label: "casus.sessie.werkbank")

    struct Staat {
        var stap: Int
        /// Participants by the fingerprint of their cookie.
        var deelnemers: [String: WebDeelnemer]
        var volgorde: [WebDeelnemer]
        var weergave: Weergave
        /// Stickies per item as stored, kept up to date by every change here, so the
        /// `verdeeld` event needs no re-read of all annotations (issue 15, load).
        var telling: StickerTelling
    }
    private let staat: Mutex<Staat>

    init(casus: String, werkbank: any WerkbankOpslag, namenVoorDeelnemers: Bool,
         poortwachter: Poortwachter = Poortwachter()) throws {
        self.casus = casus
        self.werkbank = werkbank
        self.namenVoorDeelnemers = namenVoorDeelnemers
        let stand = try werkbank.webSessie(casus: casus) { (Geheim.sleutel(), Geheim.code()) }
        self.sleutel = stand.sleutel
        self.code = stand.code
        self.stroom = Stroom()
        self.poortwachter = poortwachter
        let deelnemers = try werkbank.webDeelnemers(casus: casus)
        let weergave = try Weergave.maak(casus: casus, werkbank: werkbank, namen: namenVoorDeelnemers)
        staat = Mutex(Staat(stap: stand.stap,
                            deelnemers: Dictionary(deelnemers.map { ($0.vingerafdruk, $0) }) { a, _ in a },
                            volgorde: deelnemers, weergave: weergave,
                            telling: Self.telling(try werkbank.annotaties(casus: casus))))
    }

    var stap: Int { staat.withLock { $0.stap } }
    /// After a correction: the wall as merged now.
    /// After a correction: the wall as merged now, and the stickies counted again from the store.
    func vervang(weergave nieuw: Weergave, annotaties: [OpgeslagenAnnotatie]) {
        let telling = Self.telling(annotaties)
        staat.withLock { s in
            s.weergave = nieuw
            s.telling = telling
        }
    }

    static func telling(_ annotaties: [OpgeslagenAnnotatie]) -> StickerTelling {
        var telling = StickerTelling()
        for a in annotaties { telling.tel(a.annotatie, 1) }
        return telling
    }
    var weergave: Weergave { staat.withLock { $0.weergave } }
    var deelnemers: [WebDeelnemer] { staat.withLock { $0.volgorde } }

    /// Who holds these cookies.
    func wie(sleutel gegeven: String?, deelnemer: String?) -> Wie {
        if let gegeven, Geheim.gelijk(gegeven, sleutel) { return .facilitator }
        if let deelnemer {
            let afdruk = Werkbank.vingerafdruk(deelnemer)
            if let d = staat.withLock({ $0.deelnemers[afdruk] }) { return .deelnemer(d) }
        }
        return .niemand
    }

    /// Runs store work on the serial queue and waits for it without blocking a server thread.
    func opRij<T: Sendable>(_ werk: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { c in
            rij.async {
                do { c.resume(returning: try werk()) } catch { c.resume(throwing: error) }
            }
        }
    }

    /// Joins with the code; returns the participant and the secret for their cookie.
    func meldAan(code gegeven: String, rol: String, naam: String?, organisatie: String? = nil, checkIn: String? = nil,
                 adres: String) async throws -> (WebDeelnemer, String) {
        guard poortwachter.magProberen(adres) else {
            throw WebFout(status: .tooManyRequests,
                          bericht: "Te veel verkeerde codes. Wacht een minuut en probeer het opnieuw.")
        }
        let schoon = gegeven.uppercased().filter { !$0.isWhitespace }
        guard Geheim.gelijk(schoon, code) else {
            poortwachter.mislukt(adres)
            throw WebFout(status: .forbidden, bericht: "Deze code klopt niet. Vraag de facilitator om de code.")
        }
        let rol = rol.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !rol.isEmpty, rol.count <= 80 else {
            throw WebFout.ongeldig("Vul je rol in (bijvoorbeeld wijkcoach), hoogstens 80 tekens.")
        }
        let naam = naam?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (naam ?? "").count <= 80, (organisatie ?? "").count <= 120, (checkIn ?? "").count <= 1000 else {
            throw WebFout.ongeldig("Te lang: je naam hoogstens 80 tekens, je organisatie 120, je check-in 1000.")
        }
        let ingevuld = Deelnemer(rol: rol, organisatie: Self.ingevuld(organisatie), naam: Self.ingevuld(naam),
                                 checkIn: Self.ingevuld(checkIn))
        let geheim = Geheim.hex(bytes: 32)
        let deelnemer = try await opRij { [self] in
            let d = try werkbank.meldWebDeelnemerAan(casus: casus, ingevuld, vingerafdruk: Werkbank.vingerafdruk(geheim))
            staat.withLock { s in
                s.deelnemers[d.vingerafdruk] = d
                s.volgorde.append(d)
            }
            stroom.zend("deelnemer", facilitator: JSON.deelnemer(d, metNaam: true),
                        deelnemer: JSON.deelnemer(d, metNaam: namenVoorDeelnemers))
            return d
        }
        return (deelnemer, geheim)
    }

    /// Places a smiley or sadney; the number once it is stored.
    func annoteer(_ wie: Wie, item: String, soort: String, thema: String?,
                  toelichting: String?) async throws -> Int64 {
        guard let door = wie.door else { throw WebFout.niemand() }
        guard let soort = AnnotatieSoort(rawValue: soort) else {
            throw WebFout.ongeldig("Onbekende soort '\(soort)': kies smiley (dit hielp) of sadney (dit hielp niet).")
        }
        let gekozen = try Self.thema(thema)
        let tekst = toelichting?.trimmingCharacters(in: .whitespacesAndNewlines)
        let w = weergave
        return try await opRij { [self] in
            // An id, a joined-away id or a sticker code (G12): the one resolver of the workbench.
            let itemId = try SessieBewerking.itemId(item, casus: casus, in: w.tijdlijn, werkbank: werkbank)
            let annotatie = Annotatie(item: itemId, soort: soort, door: door, thema: gekozen,
                                      toelichting: tekst?.isEmpty == false ? tekst : nil)
            let nummer = try SessieBewerking.annoteer(casus: casus, annotatie, tegen: w.tijdlijn, in: werkbank)
            let opgeslagen = OpgeslagenAnnotatie(nummer: nummer, annotatie: annotatie, anker: nil, geplaatstOp: "")
            staat.withLock { $0.telling.tel(annotatie, 1) }
            stroom.zend("annotatie", facilitator: JSON.annotatie(opgeslagen),
                        deelnemer: JSON.annotatie(w.voorDeelnemer(opgeslagen)))
            zendVerdeeld()
            return nummer
        }
    }

    /// Trimmed text, or nil when nothing is left.
    static func ingevuld(_ tekst: String?) -> String? {
        guard let schoon = tekst?.trimmingCharacters(in: .whitespacesAndNewlines), !schoon.isEmpty else { return nil }
        return schoon
    }

    /// No thema, or one of the allowed ones (as people write them).
    static func thema(_ tekst: String?) throws -> Thema? {
        guard let tekst = tekst?.trimmingCharacters(in: .whitespaces), !tekst.isEmpty else { return nil }
        guard let thema = Thema.gelezen(tekst) else {
            throw WebFout.ongeldig("Onbekend thema '\(tekst)'; kies uit: \(Thema.toegestaan.joined(separator: ", ")).")
        }
        return thema
    }

    /// Removes a sticky: a participant only their own.
    func verwijder(_ wie: Wie, nummer: Int64) async throws {
        guard let door = wie.door else { throw WebFout.niemand() }
        try await opRij { [self] in
            let alle = try werkbank.annotaties(casus: casus)
            guard let a = alle.first(where: { $0.nummer == nummer }) else {
                throw WerkbankFout.onbekendeAnnotatie(casus: casus, nummer: nummer)
            }
            if case .deelnemer(let d) = wie, a.annotatie.door != d.id {
                throw WebFout(status: .forbidden, bericht: "Je kunt alleen je eigen smileys en sadneys weghalen.")
            }
            let weg = try werkbank.verwijderAnnotatie(casus: casus, nummer: nummer, door: door)
            staat.withLock { $0.telling.tel(weg, -1) }
            let data = "{\"nummer\":\(nummer)}"
            stroom.zend("annotatie-weg", facilitator: data, deelnemer: data)
            zendVerdeeld()
        }
    }

    /// Where the group is divided (smileys and sadneys on one item), after every
    /// change of the stickies; only item ids and counts, so the same for everyone.
    private func zendVerdeeld() {
        let lijst = JSON.verdeeld(Statistiek.verdeeld(staat.withLock { $0.telling }))
        let data = "{\"verdeeld\":\(lijst)}"
        stroom.zend("verdeeld", facilitator: data, deelnemer: data)
    }

    /// The facilitator moves to step `nieuw` (`Paginas.stappen`: 1–4, 5 and 6 the rest of step 4, 7 the closing).
    func zetStap(_ nieuw: Int) async throws {
        guard Paginas.stappen.contains(where: { $0.0 == nieuw }) else { throw WebFout.ongeldig("Kies een stap van 1 tot en met 7.") }
        try await opRij { [self] in
            try werkbank.zetSessieStap(casus: casus, stap: nieuw, door: "facilitator")
            staat.withLock { $0.stap = nieuw }
            stroom.zend("stap", facilitator: "{\"stap\":\(nieuw)}", deelnemer: "{\"stap\":\(nieuw)}")
        }
    }

    /// `GET /api/tijdlijn`: read on the queue, so the stream position it names
    /// is exactly the state it shows.
    func tijdlijnJSON(voor wie: Wie, volledig: Bool) async throws -> Data {
        let w = weergave
        return try await opRij { [self] in
            let alle = try werkbank.annotaties(casus: casus)
            return w.json(voor: wie, volledig: volledig, annotaties: alle, stroom: stroom.laatsteId)
        }
    }
}
