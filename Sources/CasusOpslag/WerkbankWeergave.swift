import Casus

/// What `casus toon` and `casus annotaties` show: the merged timeline from the
/// workbench and the session's work on it, orphans called out, never hidden.
public struct WerkbankWeergave: Sendable {
    public var tijdlijn: Tijdlijn
    public var meldingen: [Melding]
    public var annotaties: [(annotatie: OpgeslagenAnnotatie, status: AnnotatieStatus)]
    public var correcties: [OpgeslagenCorrectie]
    /// Each correction with its state (applied, or obsolete and why).
    public var correctieStanden: [CorrectieStand] = []
    /// The session prepared for display (pseudonymised when asked).
    public var sessie: Sessie
    public var afspraakNummers: [Int64]
    public var evaluatieNummers: [Int64]

    public static func maak(casus: String, in werkbank: any WerkbankOpslag, pseudoniem: Bool = false) throws(WerkbankFout) -> WerkbankWeergave {
        // The stored analysis (issue 18): merged once, not again for every look.
        let bewaard = try WerkbankAnalyse.haal(casus: casus, in: werkbank)
        let sessie = try werkbank.sessie(casus: casus)
        let tijdlijn = bewaard.tijdlijn
        let index = AnkerIndex(tijdlijn)
        let getoond = sessie.weergave(tijdlijn: tijdlijn, pseudoniem: pseudoniem)
        let door = Dictionary(zip(sessie.annotaties.map(\.door), getoond.annotaties.map(\.door)),
                              uniquingKeysWith: { a, _ in a })
        // A name in a stored annotation's toelichting goes too (participants' names included).
        let namen = pseudoniem ? Pseudonimisering(tijdlijn, deelnemers: sessie.annotaties.map(\.door),
                                                   extra: sessie.deelnemers.compactMap { d in d.naam.map { ($0, "deelnemer") } })
                               : nil
        let annotaties = try werkbank.annotaties(casus: casus).map { opgeslagen in
            var getoond = opgeslagen
            getoond.annotatie.door = door[opgeslagen.annotatie.door] ?? opgeslagen.annotatie.door
            getoond.annotatie.toelichting = getoond.annotatie.toelichting.map { namen?.term($0) ?? $0 }
            return (annotatie: getoond, status: index.status(item: opgeslagen.annotatie.item, anker: opgeslagen.anker))
        }
        let correcties = try werkbank.correcties(casus: casus)
        // A skipped correction is listed once, with its state, below; not also as a warning.
        let overgeslagen = Set(bewaard.overgeslagen.map(\.reden))
        var weergave = WerkbankWeergave(
            tijdlijn: pseudoniem ? tijdlijn.gepseudonimiseerd() : tijdlijn,
            meldingen: bewaard.samenvoegMeldingen.filter { !overgeslagen.contains($0.bericht) }
                .map { melding in namen.map(melding.gepseudonimiseerd) ?? melding },
            annotaties: annotaties, correcties: correcties, sessie: getoond,
            afspraakNummers: try werkbank.afspraken(casus: casus).map(\.nummer),
            evaluatieNummers: try werkbank.evaluaties(casus: casus).map(\.nummer))
        weergave.correctieStanden = CorrectieStand.stand(correcties, overgeslagen: bewaard.overgeslagen)
        return weergave
    }

    /// One line per annotation: number, kind, item, who, theme, where it hangs.
    public var annotatieRegels: [String] {
        annotaties.map { a, status in
            let x = a.annotatie
            var regel = "#\(a.nummer) \(x.soort.rawValue) op \(x.item) door \(x.door)"
            if let thema = x.thema { regel += " [\(thema.rawValue)]" }
            if let toelichting = x.toelichting { regel += ": \(toelichting)" }
            switch status {
            case .vast: break
            case .verhuisd(let naar): regel += " — hangt nu aan \(naar)"
            case .verweesd: regel += " — VERWEESD: dit item bestaat niet meer; de annotatie blijft bewaard"
            }
            return regel
        }
    }

    /// Items where the room differs, counted on the item each annotation hangs on now.
    public var verdeeld: [Statistiek.Verdeeld] {
        Statistiek.verdeeld(annotaties.compactMap { a, status in
            var x = a.annotatie
            switch status {
            case .vast: break
            case .verhuisd(let naar): x.item = naar
            case .verweesd: return nil
            }
            return x
        })
    }

    public var tekst: String {
        var uit = TijdlijnTekst.maak(tijdlijn)
        if !annotaties.isEmpty {
            uit += "\nAnnotaties (\(annotaties.count)):\n" + annotatieRegels.map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        if !verdeeld.isEmpty {
            uit += "\nHier verschillen we (smileys én sadneys op hetzelfde item):\n"
                + verdeeld.map { "  \($0.item): \($0.smiley) smiley('s), \($0.sadney) sadney('s)" }.joined(separator: "\n") + "\n"
        }
        if !correctieStanden.isEmpty {
            uit += "\nCorrecties (\(correctieStanden.count)):\n"
            for c in correctieStanden { uit += "  \(c.regel)\n" }
        }
        return uit + SessieTekst.maak(sessie, afspraken: afspraakNummers, evaluaties: evaluatieNummers)
    }
}
