import Yams

/// Writes a session as `sessie.yaml` (sessie/2, sessie.md) through Yams, so
/// every free text is quoted where YAML would otherwise misread it. Empty
/// lists and absent values are left out; a participant that is only a role
/// and an agreement that is only `wat` are written as the plain strings of
/// sessie/1, so a sessie/1 file comes back as it was.
/// The one writer of sessie.yaml: `casus exporteer` and `casus genereer` use it.
public enum SessieSchrijver {
    public struct Fout: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    private struct Bestand: Encodable {
        var sessie = Sessie.versie
        var casus: String
        var datum: String?
        var facilitator: String?
        var deelnemers: [DeelnemerUit]?
        var gezinsleden: [GezinslidAanvulling]?
        var annotaties: [Annotatie]
        var koppel: [Koppeling]
        var ontkoppel: [Ontkoppeling]
        var kies: [Keuze]?
        var visie: [OordeelUit]?
        var afspraken: [AfspraakUit]
        var evaluatie: [Evaluatie]?
    }

    private struct DeelnemerUit: Encodable {
        var d: Deelnemer
        func encode(to encoder: any Encoder) throws {
            if d.alleenRol {
                var c = encoder.singleValueContainer()
                try c.encode(d.rol)
            } else {
                try d.encode(to: encoder)
            }
        }
    }

    private struct OordeelUit: Encodable {
        var principe: Int
        var oordeel: String
        var toelichting: String?
        var had_kunnen: String?
        var items: [String]?

        init(_ v: VisieOordeel) {
            principe = v.principe
            oordeel = v.oordeel.rawValue
            toelichting = v.toelichting
            had_kunnen = v.hadKunnen
            items = v.items.isEmpty ? nil : v.items
        }
    }

    private struct AfspraakUit: Encodable {
        var a: Afspraak
        private enum Sleutel: String, CodingKey { case wat, wie, wanneer, items, status }
        func encode(to encoder: any Encoder) throws {
            if a.alleenWat {
                var c = encoder.singleValueContainer()
                try c.encode(a.wat)
                return
            }
            var c = encoder.container(keyedBy: Sleutel.self)
            try c.encode(a.wat, forKey: .wat)
            try c.encodeIfPresent(a.wie, forKey: .wie)
            try c.encodeIfPresent(a.wanneer?.tekst, forKey: .wanneer)
            if !a.items.isEmpty { try c.encode(a.items, forKey: .items) }
            try c.encodeIfPresent(a.status?.rawValue, forKey: .status)
        }
    }

    public static func yaml(_ sessie: Sessie) throws(Fout) -> String {
        let bestand = Bestand(
            casus: sessie.casus, datum: sessie.datum?.tekst, facilitator: sessie.facilitator,
            deelnemers: nietLeeg(sessie.deelnemers.map(DeelnemerUit.init)),
            gezinsleden: nietLeeg(sessie.gezinsleden),
            annotaties: sessie.annotaties, koppel: sessie.koppel, ontkoppel: sessie.ontkoppel,
            kies: nietLeeg(sessie.kies), visie: nietLeeg(sessie.visie.map(OordeelUit.init)),
            afspraken: sessie.afspraken.map(AfspraakUit.init), evaluatie: nietLeeg(sessie.evaluatie))
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        encoder.options.newLineScalarStyle = .literal
        let tekst: String
        do {
            tekst = try encoder.encode(bestand)
        } catch {
            throw Fout(description: "de sessie van casus \(sessie.casus) kon niet als YAML worden geschreven: \(error)")
        }
        return "# Wat de sessie toevoegde aan casus \(sessie.casus): deelnemers, gezinsleden, annotaties, correcties, keuzes, visie, afspraken en evaluatie.\n" + tekst
    }

    private static func nietLeeg<T>(_ lijst: [T]) -> [T]? { lijst.isEmpty ? nil : lijst }
}
