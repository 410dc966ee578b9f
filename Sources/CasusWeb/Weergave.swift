import Casus
import CasusOpslag
import Foundation

/// The merged casus as the session shows it: whole for the facilitator, and
/// without names for participants and the projector (unless the facilitator
/// started with `--namen-voor-deelnemers`). Made once; the timeline changes
/// only when the facilitator corrects the merge.
struct Weergave: Sendable {
    let tijdlijn: Tijdlijn
    let openbaar: Tijdlijn
    let namen: Bool
    let jsonFacilitator: Data
    let jsonOpenbaar: Data

    static func maak(casus: String, werkbank: any WerkbankOpslag, namen: Bool) throws -> Weergave {
        let tijdlijn = try WerkbankSamenvoeging.tijdlijn(casus: casus, in: werkbank).0.tijdlijn
        return Weergave(tijdlijn: tijdlijn, namen: namen)
    }

    init(tijdlijn: Tijdlijn, namen: Bool) {
        self.tijdlijn = tijdlijn
        self.namen = namen
        self.openbaar = namen ? tijdlijn : tijdlijn.gepseudonimiseerd()
        jsonFacilitator = tijdlijn.json()
        jsonOpenbaar = namen ? jsonFacilitator : openbaar.json()
    }

    /// Annotations as participants see them: who placed one is a participant id
    /// (never a name) or "deelnemer"; names in the explanation become roles.
    func voorDeelnemers(_ alle: [OpgeslagenAnnotatie]) -> [OpgeslagenAnnotatie] {
        guard !namen else { return alle }
        let schoon = tijdlijn.pseudonimiseer(annotaties: alle.map(\.annotatie))
        return zip(alle, schoon).map { oud, nieuw in
            var a = oud
            a.annotatie = nieuw
            a.annotatie.door = Self.isWebDeelnemer(oud.annotatie.door) ? oud.annotatie.door : "deelnemer"
            return a
        }
    }

    func voorDeelnemer(_ a: OpgeslagenAnnotatie) -> OpgeslagenAnnotatie { voorDeelnemers([a])[0] }

    /// `w` + digits: an id the web session gave, which holds no name.
    static func isWebDeelnemer(_ door: String) -> Bool {
        door.count > 1 && door.first == "w" && door.dropFirst().allSatisfy(\.isNumber)
    }

    /// `tijdlijn.json` plus `"annotaties"` (cli.md) and where the event stream stands.
    /// `volledig`: the facilitator's own screen (names); otherwise what participants may see.
    func json(voor wie: Wie, volledig: Bool, annotaties: [OpgeslagenAnnotatie], stroom: String) -> Data {
        let basis = volledig ? jsonFacilitator : jsonOpenbaar
        let lijst = (volledig ? annotaties : voorDeelnemers(annotaties))
            .map(JSON.annotatie).joined(separator: ",")
        var tekst = String(decoding: basis, as: UTF8.self)
        while let laatste = tekst.last, laatste.isWhitespace { tekst.removeLast() }
        guard tekst.hasSuffix("}") else { return basis }
        tekst.removeLast()
        let verdeeld = JSON.verdeeld(Statistiek.verdeeld(annotaties.map(\.annotatie)))
        var extra = "\"annotaties\":[\(lijst)],\"verdeeld\":\(verdeeld),\"stroom\":\(JSON.tekst(stroom))"
        if case .deelnemer(let d) = wie { extra += ",\"ik\":\(JSON.tekst(d.id))" }
        return Data((tekst + ",\n" + extra + "}\n").utf8)
    }
}

/// The small JSON values of the API, written by hand so keys and order are exact.
enum JSON {
    static func tekst(_ s: String) -> String {
        let data = (try? JSONEncoder().encode(s)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func optioneel(_ s: String?) -> String { s.map(tekst) ?? "null" }

    static func annotatie(_ o: OpgeslagenAnnotatie) -> String {
        let a = o.annotatie
        return "{\"nummer\":\(o.nummer),\"item\":\(tekst(a.item)),\"soort\":\(tekst(a.soort.rawValue)),"
            + "\"door\":\(tekst(a.door)),\"thema\":\(optioneel(a.thema?.rawValue)),"
            + "\"toelichting\":\(optioneel(a.toelichting))}"
    }

    /// The check-in is what someone said in their own words (it may hold names): like a name,
    /// only for the facilitator or with `--namen-voor-deelnemers`.
    static func deelnemer(_ d: WebDeelnemer, metNaam: Bool) -> String {
        "{\"id\":\(tekst(d.id)),\"rol\":\(tekst(d.rol)),\"naam\":\(optioneel(metNaam ? d.naam : nil)),"
            + "\"organisatie\":\(optioneel(d.organisatie)),\"check_in\":\(optioneel(metNaam ? d.checkIn : nil))}"
    }

    /// `[{"item":…,"smiley":n,"sadney":n}]`: the items where the group is divided.
    static func verdeeld(_ lijst: [Statistiek.Verdeeld]) -> String {
        "[" + lijst.map { "{\"item\":\(tekst($0.item)),\"smiley\":\($0.smiley),\"sadney\":\($0.sadney)}" }
            .joined(separator: ",") + "]"
    }

    static func fout(_ bericht: String) -> String { "{\"fout\":\(tekst(bericht))}" }
}
