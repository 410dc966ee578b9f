import Foundation

/// What `casus importeer` read from disk, checked by intake, not yet stored.
public struct ImportInvoer: Sendable {
    public var formats: [FormatTekst] = []
    public var sessies: [Sessie] = []
    public var meldingen: [Melding] = []

    public init() {}

    mutating func voegToe(_ deel: ImportInvoer) {
        formats += deel.formats
        sessies += deel.sessies
        meldingen += deel.meldingen
    }
}

/// A format as the professional wrote it, checked by intake and ready to store.
public struct FormatTekst: Sendable, Hashable {
    /// File name only (no folder): the name it gets again on export.
    public var bestand: String
    public var tekst: String
    public var casus: String
    public var rol: String
    public var organisatie: String
    /// A workbook (.xlsx) exactly as delivered; `tekst` is then empty.
    public var werkboek: Data?
    /// What intake read from `tekst` when it checked it, kept only while one block of an
    /// import is stored and merged, so the merge need not parse the text again.
    public var gelezen: TijdlijnFormat?

    public init(bestand: String, tekst: String, casus: String, rol: String, organisatie: String,
                werkboek: Data? = nil, gelezen: TijdlijnFormat? = nil) {
        self.bestand = bestand
        self.tekst = tekst
        self.casus = casus
        self.rol = rol
        self.organisatie = organisatie
        self.werkboek = werkboek
        self.gelezen = gelezen
    }
}

/// The casus folders and loose files an import names, and the paths that do not exist.
public struct ImportPlan: Sendable {
    public var mappen: [String] = []
    public var losseBestanden: [String] = []
    public var meldingen: [Melding] = []
}

/// Reads casus folders and loose files for the workbench: the exact text of
/// every format plus intake's verdict on it. Nothing is stored from input
/// with a `fout`; that decision is the caller's, made on `meldingen`.
public enum ImportLezer {
    public static func lees(paden: [String], voortgang: Voortgang = .stil) -> ImportInvoer {
        let plan = plan(paden: paden)
        var invoer = ImportInvoer()
        invoer.meldingen = plan.meldingen
        // Folders on every core, kept in order (issue 18: intake was one core).
        let lijst = plan.mappen
        for deel in Parallel.map(lijst.count, voortgang: voortgang, { i in
            var deel = ImportInvoer()
            voegToe(leesMap(lijst[i]), aan: &deel, bewaarGelezen: false)
            return deel
        }) {
            invoer.voegToe(deel)
        }
        invoer.voegToe(leesLosse(plan.losseBestanden, bewaarGelezen: false))
        invoer.meldingen.sort()
        return invoer
    }

    /// Which of `paden` are folders (each casus folder in them) and which loose files.
    public static func plan(paden: [String]) -> ImportPlan {
        var plan = ImportPlan()
        for pad in paden {
            var isMap: ObjCBool = false
            guard FileManager.default.fileExists(atPath: pad, isDirectory: &isMap) else {
                plan.meldingen.append(.fout("bestand of map bestaat niet", pad: pad,
                                            hint: "geef een casusmap of tijdlijn-formats (.yaml)"))
                continue
            }
            if isMap.boolValue {
                plan.mappen += Intake.casusMappen(pad)
            } else {
                plan.losseBestanden.append(pad)
            }
        }
        return plan
    }

    /// Casus folders read and checked on every core, in order; every format keeps what
    /// intake read (`gelezen`), for one block of an import. Meldingen not yet sorted.
    public static func leesMappen(_ mappen: [String]) -> ImportInvoer {
        var invoer = ImportInvoer()
        for deel in Parallel.map(mappen.count, { i in
            var deel = ImportInvoer()
            voegToe(leesMap(mappen[i]), aan: &deel, bewaarGelezen: true)
            return deel
        }) {
            invoer.voegToe(deel)
        }
        return invoer
    }

    /// Loose files (a corrected format sent afterwards), checked per casus.
    public static func leesLosse(_ bestanden: [String], bewaarGelezen: Bool = true) -> ImportInvoer {
        var invoer = ImportInvoer()
        let gelezen = bestanden.map(leesBestand)
        let perCasus = Dictionary(grouping: gelezen) { CasusControle.casusNode($0.gelezen)?.string ?? "" }
        for sleutel in perCasus.keys.sorted() {
            let groep = perCasus[sleutel] ?? []
            voegToe((Intake.bundel(groep.map(\.gelezen), map: "."), groep), aan: &invoer, bewaarGelezen: bewaarGelezen)
        }
        return invoer
    }

    typealias Bestand = (gelezen: Intake.Gelezen, tekst: String?, werkboek: Data?)

    static func leesBestand(_ pad: String) -> Bestand {
        if Werkboeken.isWerkboek(pad) {
            let (data, meldingen) = BestandLezer.bytes(pad: pad)
            guard let data else { return (Intake.Gelezen(pad: pad, soort: .overig, meldingen: meldingen), nil, nil) }
            return (Intake.leesWerkboek(data, pad: pad), "", data)
        }
        let (tekst, meldingen) = BestandLezer.lees(pad: pad)
        guard let tekst else {
            return (Intake.Gelezen(pad: pad, soort: .overig, meldingen: meldingen), nil, nil)
        }
        var gelezen = Intake.lees(tekst: tekst, pad: pad)
        gelezen.meldingen = (meldingen + gelezen.meldingen).sorted()
        return (gelezen, tekst, nil)
    }

    static func leesMap(_ map: String) -> (CasusInvoer, [Bestand]) {
        let bestanden = (Intake.yamlBestanden(in: map) ?? []).map(leesBestand)
        var bundel = Intake.bundel(bestanden.map(\.gelezen), map: map)
        bundel.meldingen += Intake.overgeslagenBestanden(in: map)
        if !bestanden.contains(where: { $0.gelezen.soort == .format }) {
            bundel.meldingen.append(.fout("geen tijdlijn-formats gevonden in deze map", pad: map,
                                          hint: "zet de ingevulde formats (.yaml) in de casusmap"))
        }
        return (bundel, bestanden)
    }

    static func voegToe(_ gelezen: (CasusInvoer, [Bestand]), aan invoer: inout ImportInvoer, bewaarGelezen: Bool) {
        let (bundel, bestanden) = gelezen
        invoer.meldingen += bundel.meldingen
        for bestand in bestanden {
            guard let tekst = bestand.tekst else { continue }
            if let format = bestand.gelezen.format {
                invoer.formats.append(FormatTekst(
                    bestand: (bestand.gelezen.pad as NSString).lastPathComponent, tekst: tekst,
                    casus: format.casus, rol: format.ingediendDoor.rol,
                    organisatie: format.ingediendDoor.organisatie, werkboek: bestand.werkboek,
                    gelezen: bewaarGelezen ? format : nil))
            }
        }
        if let sessie = bundel.sessie { invoer.sessies.append(sessie) }
    }
}
