import Casus

/// The session's words as people type them (command line and browser alike):
/// one parser each, with the Dutch refusal that says what is allowed.
extension SessieBewerking {
    public static func oordeel(_ tekst: String) throws(WerkbankFout) -> Oordeel {
        guard let o = Oordeel(rawValue: tekst.lowercased().trimmingCharacters(in: .whitespaces)) else {
            throw WerkbankFout.ongeldig("ongeldig oordeel '\(tekst)'; kies uit: \(Oordeel.toegestaan.joined(separator: ", "))")
        }
        return o
    }

    public static func status(_ tekst: String) throws(WerkbankFout) -> AfspraakStatus {
        guard let s = AfspraakStatus(rawValue: tekst.lowercased().trimmingCharacters(in: .whitespaces)) else {
            throw WerkbankFout.ongeldig("ongeldige status '\(tekst)'; kies uit: open, gedaan")
        }
        return s
    }

    /// `wanneer` of an agreement: a date in any form of the formats.
    public static func wanneer(_ tekst: String, bij plek: String = "") throws(WerkbankFout) -> Datum {
        guard let d = DatumParser.parse(tekst) else {
            throw WerkbankFout.ongeldig("onleesbare datum '\(tekst)'\(plek); gebruik bijvoorbeeld: \(DatumParser.toegestaneVormen)")
        }
        return d
    }
}
