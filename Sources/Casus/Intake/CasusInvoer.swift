/// Everything read from one casus folder, with every problem found on the way.
public struct CasusInvoer: Sendable {
    public var map: String
    /// The casus id the formats share (the most common one if they disagree).
    public var casus: String?
    public var formats: [TijdlijnFormat]
    public var sessie: Sessie?
    public var sessiePad: String?
    /// The item ids sessie.yaml names, with their places, when intake parsed it cleanly.
    var sessieVerwijzingen: [SessieVerwijzing]?
    /// Path of `patronen.yaml` in the folder, if there is one (read by Patronen).
    public var patronenPad: String?
    public var meldingen: [Melding]
    /// Sticker codes the workbench gave this casus; empty for a folder.
    public var codeboek = Codeboek()

    public init(map: String, casus: String? = nil, formats: [TijdlijnFormat] = [], sessie: Sessie? = nil,
                sessiePad: String? = nil, patronenPad: String? = nil, meldingen: [Melding] = []) {
        self.map = map
        self.casus = casus
        self.formats = formats
        self.sessie = sessie
        self.sessiePad = sessiePad
        self.patronenPad = patronenPad
        self.meldingen = meldingen
    }
}
