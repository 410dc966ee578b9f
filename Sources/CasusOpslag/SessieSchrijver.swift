import Yams
import Casus

/// Writes a session as `sessie.yaml` (sessie/1, cli.md) through Yams, so
/// every free text is quoted where YAML would otherwise misread it.
public enum SessieSchrijver {
    private struct Bestand: Encodable {
        var sessie = Sessie.versie
        var casus: String
        var datum: String?
        var facilitator: String?
        var deelnemers: [String]?
        var annotaties: [Annotatie]
        var koppel: [Koppeling]
        var ontkoppel: [Ontkoppeling]
        var afspraken: [String]
    }

    public static func yaml(_ sessie: Sessie) throws(WerkbankFout) -> String {
        let bestand = Bestand(casus: sessie.casus, datum: sessie.datum?.tekst, facilitator: sessie.facilitator,
                              deelnemers: sessie.deelnemers.isEmpty ? nil : sessie.deelnemers,
                              annotaties: sessie.annotaties, koppel: sessie.koppel,
                              ontkoppel: sessie.ontkoppel, afspraken: sessie.afspraken)
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        encoder.options.newLineScalarStyle = .literal
        let tekst: String
        do {
            tekst = try encoder.encode(bestand)
        } catch {
            throw WerkbankFout.ongeldig("de sessie van casus \(sessie.casus) kon niet als YAML worden geschreven: \(error)")
        }
        return "# Wat de sessie toevoegde aan casus \(sessie.casus): annotaties, correcties, afspraken.\n" + tekst
    }
}
