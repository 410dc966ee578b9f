/// A casus ready to show: the merged timeline, the session's annotations and the findings.
public struct Analyse: Sendable, Hashable, Codable {
    public var tijdlijn: Tijdlijn
    public var annotaties: [Annotatie]
    public var bevindingen: [Bevinding]
    /// What the session added (participants, visie, agreements), for the reports;
    /// nil when the casus had no session file.
    public var sessie: Sessie?

    public init(tijdlijn: Tijdlijn, annotaties: [Annotatie] = [], bevindingen: [Bevinding] = [],
                sessie: Sessie? = nil) {
        self.tijdlijn = tijdlijn
        self.annotaties = annotaties
        self.bevindingen = bevindingen
        self.sessie = sessie
    }

    public var rapport: PatronenRapport { PatronenRapport(casus: tijdlijn.casus, bevindingen: bevindingen) }

    /// The same analysis without a single name (see `Tijdlijn.pseudonimiseer`).
    /// `extra`: names from outside the formats, such as the session's participants.
    public func gepseudonimiseerd(extra: [(naam: String, rol: String)] = []) -> Analyse {
        let (t, a, b) = tijdlijn.pseudonimiseer(annotaties: annotaties, bevindingen: bevindingen, extra: extra)
        // The session's names go; its roles, judgements and agreements stay.
        var s = sessie
        s?.facilitator = nil
        for i in s?.deelnemers.indices ?? 0..<0 { s?.deelnemers[i].naam = nil }
        return Analyse(tijdlijn: t, annotaties: a, bevindingen: b, sessie: s)
    }

    /// Ready for a wall or a report: pseudonymised when asked (the session's participants'
    /// names too, wherever they appear) and the session as screens show it (`Sessie.weergave`:
    /// every `door` resolved, no name left when pseudonymised).
    public func getoond(pseudoniem: Bool) -> Analyse {
        var uit = pseudoniem ? gepseudonimiseerd(extra: sessie?.namenMetRol ?? []) : self
        uit.sessie = sessie?.weergave(tijdlijn: tijdlijn, pseudoniem: pseudoniem)
        return uit
    }
}

/// The one pipeline behind every command that takes a casus (tijdlijn, patronen, render,
/// analyseer, rode-draden): intake, the casus's `patronen.yaml`, merge, detection.
public enum Analyseren {
    public struct Resultaat: Sendable {
        /// nil when the input has fouten: then nothing was merged or detected.
        public var analyse: Analyse?
        /// Every problem found (fouten and waarschuwingen), sorted by place.
        public var meldingen: [Melding]
        /// Every name in the input, to pseudonymise what is printed about it (meldingen too).
        public var namen: Pseudonimisering

        public init(analyse: Analyse?, meldingen: [Melding], namen: Pseudonimisering = Pseudonimisering(namen: [])) {
            self.analyse = analyse
            self.meldingen = meldingen
            self.namen = namen
        }
    }

    /// `basis`: thresholds from elsewhere (the workbench); the casus folder's file goes on top.
    public static func voerUit(_ invoer: CasusInvoer, basis: PatroonInstellingen = .standaard) -> Resultaat {
        var meldingen = invoer.meldingen
        let namen = Pseudonimisering(formats: invoer.formats, sessie: invoer.sessie)
        var instellingen = basis
        if let pad = invoer.patronenPad {
            let (gelezen, problemen) = PatroonInstellingen.lees(pad: pad)
            instellingen = basis.overschreven(door: gelezen)
            meldingen += problemen
        }
        guard !meldingen.heeftFouten else { return Resultaat(analyse: nil, meldingen: meldingen.sorted(), namen: namen) }
        let samengevoegd = Samenvoeger.voegSamen(invoer)
        let bevindingen = Patronen.detecteer(samengevoegd.tijdlijn, instellingen: instellingen)
        // An annotation on an item the facilitator joined into another follows it there.
        let annotaties = (invoer.sessie?.annotaties ?? []).map { a in
            var a = a
            a.item = samengevoegd.tijdlijn.huidigId(a.item) ?? a.item
            return a
        }
        let analyse = Analyse(tijdlijn: samengevoegd.tijdlijn, annotaties: annotaties, bevindingen: bevindingen,
                              sessie: invoer.sessie)
        // An annotation on an item the merge did not produce is kept but would miss the
        // wall: every command that shows the casus says so, with its place in sessie.yaml.
        let onbekend = SessieControle.onbekendeItems(invoer, tijdlijn: samengevoegd.tijdlijn)
        return Resultaat(analyse: analyse, meldingen: (meldingen + samengevoegd.meldingen + onbekend).sorted(),
                         namen: namen)
    }
}
