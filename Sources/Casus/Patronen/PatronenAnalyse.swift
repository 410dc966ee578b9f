/// `casus patronen`: a casus folder in, findings out. Reads the formats and sessie.yaml,
/// the thresholds in `patronen.yaml` when the folder has one (Intake finds it), merges and detects.
public enum PatronenAnalyse {
    public struct Resultaat: Sendable {
        /// nil when the input has fouten: then nothing was detected.
        public var tijdlijn: Tijdlijn?
        public var bevindingen: [Bevinding]
        /// Every problem in the folder (fouten and waarschuwingen), sorted by place.
        public var meldingen: [Melding]

        public var rapport: PatronenRapport? {
            tijdlijn.map { PatronenRapport(casus: $0.casus, bevindingen: bevindingen) }
        }
    }

    /// `basis`: thresholds from elsewhere (the workbench); the casus folder's file goes on top.
    public static func voerUit(casusMap: String,
                               basis: PatroonInstellingen = .standaard) -> Resultaat {
        let invoer = Intake.leesCasusMap(pad: casusMap)
        var meldingen = invoer.meldingen
        var instellingen = basis
        if let pad = invoer.patronenPad {
            let (gelezen, problemen) = PatroonInstellingen.lees(pad: pad)
            instellingen = basis.overschreven(door: gelezen)
            meldingen += problemen
        }
        guard !meldingen.heeftFouten else {
            return Resultaat(tijdlijn: nil, bevindingen: [], meldingen: meldingen.sorted())
        }
        let samengevoegd = Samenvoeger.voegSamen(invoer.formats, sessie: invoer.sessie,
                                                 sessiePad: invoer.sessiePad)
        let bevindingen = Patronen.detecteer(samengevoegd.tijdlijn, instellingen: instellingen)
        return Resultaat(tijdlijn: samengevoegd.tijdlijn, bevindingen: bevindingen,
                         meldingen: (meldingen + samengevoegd.meldingen).sorted())
    }
}
