import Foundation

/// What `casus importeer` read from disk, checked by intake, not yet stored.
public struct ImportInvoer: Sendable {
    public var formats: [FormatTekst] = []
    public var sessies: [Sessie] = []
    public var meldingen: [Melding] = []

    public init() {}
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

    public init(bestand: String, tekst: String, casus: String, rol: String, organisatie: String,
                werkboek: Data? = nil) {
        self.bestand = bestand
        self.tekst = tekst
        self.casus = casus
        self.rol = rol
        self.organisatie = organisatie
        self.werkboek = werkboek
    }
}

/// Reads casus folders and loose files for the workbench: the exact text of
/// every format plus intake's verdict on it. Nothing is stored from input
/// with a `fout`; that decision is the caller's, made on `meldingen`.
public enum ImportLezer {
    public static func lees(paden: [String], voortgang: Voortgang = .stil) -> ImportInvoer {
        var invoer = ImportInvoer()
        var losseBestanden: [String] = []
        var mappen: [String] = []
        for pad in paden {
            var isMap: ObjCBool = false
            guard FileManager.default.fileExists(atPath: pad, isDirectory: &isMap) else {
                invoer.meldingen.append(.fout("bestand of map bestaat niet", pad: pad,
                                              hint: "geef een casusmap of tijdlijn-formats (.yaml)"))
                continue
            }
            if isMap.boolValue {
                mappen += Intake.casusMappen(pad)
            } else {
                losseBestanden.append(pad)
            }
        }
        // Folders on every core, kept in order (issue 18: intake was one core).
        let lijst = mappen
        for deel in Parallel.map(lijst.count, voortgang: voortgang, { i in
            var deel = ImportInvoer()
            voegToe(leesMap(lijst[i]), aan: &deel)
            return deel
        }) {
            invoer.formats += deel.formats
            invoer.sessies += deel.sessies
            invoer.meldingen += deel.meldingen
        }
        // Loose files (a corrected format sent afterwards) are checked per casus.
        let gelezen = losseBestanden.map(leesBestand)
        let perCasus = Dictionary(grouping: gelezen) { CasusControle.casusNode($0.gelezen)?.string ?? "" }
        for sleutel in perCasus.keys.sorted() {
            let groep = perCasus[sleutel] ?? []
            voegToe((Intake.bundel(groep.map(\.gelezen), map: "."), groep), aan: &invoer)
        }
        invoer.meldingen.sort()
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

    static func voegToe(_ gelezen: (CasusInvoer, [Bestand]), aan invoer: inout ImportInvoer) {
        let (bundel, bestanden) = gelezen
        invoer.meldingen += bundel.meldingen
        for bestand in bestanden {
            guard let tekst = bestand.tekst else { continue }
            if let format = bestand.gelezen.format {
                invoer.formats.append(FormatTekst(
                    bestand: (bestand.gelezen.pad as NSString).lastPathComponent, tekst: tekst,
                    casus: format.casus, rol: format.ingediendDoor.rol,
                    organisatie: format.ingediendDoor.organisatie, werkboek: bestand.werkboek))
            }
        }
        if let sessie = bundel.sessie { invoer.sessies.append(sessie) }
    }
}
