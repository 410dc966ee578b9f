import Casus

/// Every name the workbench holds for a casus, for `--pseudoniem` on commands
/// that show stored text (log, versions): the names in every stored version of
/// every format (a name since removed still stands in old versions), and the
/// session's annotators, participants and facilitator.
public enum WerkbankNamen {
    public static func voor(casus: String, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Pseudonimisering {
        let formats = try werkbank.alleVersies(casus: casus).compactMap { versie in
            Intake.leesFormat(tekst: versie.tekst, pad: versie.bestand).0
        }
        return Pseudonimisering(formats: formats, sessie: try werkbank.sessie(casus: casus))
    }
}
