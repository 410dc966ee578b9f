import Casus

/// The workbench's casus as a timeline: the stored YAML texts read again by
/// intake (so what counts is exactly what the professional wrote), merged with
/// the corrections stored in the workbench.
public enum WerkbankSamenvoeging {
    /// The stored texts as formats. A text that no longer reads cleanly (an
    /// older import, a stricter intake) yields its meldingen, never a crash.
    /// `gelezen` (per source key): formats an import just checked; a stored text that is
    /// exactly one of them is not parsed again (its meldingen were reported by the check).
    public static func formats(_ opgeslagen: [OpgeslagenFormat], casus: String,
                               gelezen: [String: FormatTekst] = [:]) -> ([TijdlijnFormat], [Melding]) {
        var formats: [TijdlijnFormat] = []
        var meldingen: [Melding] = []
        for versie in opgeslagen {
            let pad = "\(casus)/\(versie.bestand)"
            if let eerder = gelezen[versie.sleutel], var format = eerder.gelezen, eerder.werkboek == nil,
               versie.werkboek == nil, eerder.tekst == versie.tekst {
                // The same text read by the same intake: the same format, apart from its path.
                format.bestand = pad
                formats.append(format)
                continue
            }
            let (format, gevonden) = versie.werkboek.map { Intake.leesFormat(werkboek: $0, pad: pad) }
                ?? Intake.leesFormat(tekst: versie.tekst, pad: pad)
            meldingen += gevonden
            if let format { formats.append(format) }
        }
        return (formats, meldingen)
    }

    public static func samenvoegen(casus: String, _ opgeslagen: [OpgeslagenFormat], sessie: Sessie,
                                   gelezen: [String: FormatTekst] = [:]) -> (SamenvoegResultaat, [Melding]) {
        let (formats, meldingen) = formats(opgeslagen, casus: casus, gelezen: gelezen)
        return (Samenvoeger.voegSamen(formats, sessie: sessie, sessiePad: "\(casus)/sessie (werkbank)"), meldingen)
    }

    /// The merged casus as it stands in the workbench now, every dated item with
    /// its sticker code (new codes are stored at once: what is shown stays).
    public static func tijdlijn(casus: String, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> (SamenvoegResultaat, [Melding]) {
        let (opgeslagen, sessie) = try werkbank.momentopname(casus: casus)
        var (resultaat, meldingen) = samenvoegen(casus: casus, opgeslagen, sessie: sessie)
        resultaat.nieuweCodes = try codeer(casus: casus, &resultaat.tijdlijn, in: werkbank)
        return (resultaat, meldingen)
    }

    /// The casus as the workbench holds it, ready for `Analyseren`: newest formats, the
    /// stored session and the sticker codes (new items get theirs now, and keep them);
    /// with the merge that gave the codes.
    public static func invoer(casus: String, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> (CasusInvoer, SamenvoegResultaat) {
        let (opgeslagen, sessie) = try werkbank.momentopname(casus: casus)
        let (formats, meldingen) = formats(opgeslagen, casus: casus)
        let sessiePad = "\(casus)/sessie (werkbank)"
        var samen = Samenvoeger.voegSamen(formats, sessie: sessie, sessiePad: sessiePad)
        samen.nieuweCodes = try codeer(casus: casus, &samen.tijdlijn, in: werkbank)
        var invoer = CasusInvoer(map: casus, casus: casus, formats: formats, sessie: sessie,
                                 sessiePad: sessiePad, meldingen: meldingen.sorted())
        invoer.codeboek = try werkbank.codeboek(casus: casus, voor: samen.tijdlijn)
        return (invoer, samen)
    }

    /// Sticker codes from the workbench; a workbench that cannot be written
    /// (a read-only copy) still shows the codes it has, and provisional ones.
    static func codeer(casus: String, _ tijdlijn: inout Tijdlijn, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> [Stickercode] {
        if let nieuw = try? werkbank.geefCodes(casus: casus, &tijdlijn) { return nieuw }
        return Stickercodes.geef(try werkbank.codeboek(casus: casus, voor: tijdlijn), aan: &tijdlijn)
    }

    /// `casus importeer` after intake found no fouten: one transaction.
    public static func importeer(_ invoer: ImportInvoer, in werkbank: any WerkbankOpslag,
                                 door: String) throws(WerkbankFout) -> ImportVerslag {
        try werkbank.importeer(invoer.formats, sessies: invoer.sessies, door: door) { casus, opgeslagen, sessie in
            samenvoegen(casus: casus, opgeslagen, sessie: sessie).0.tijdlijn
        }
    }
}

extension Werkbank {
    /// Newest formats and the session, read in one consistent snapshot.
    public func momentopname(casus: String) throws(WerkbankFout) -> ([OpgeslagenFormat], Sessie) {
        try lees { db in
            try Self.bestaat(casus: casus, db)
            return (try Self.versies(casus: casus, alleenLaatste: true, db), try Self.sessie(casus: casus, db))
        }
    }
}
