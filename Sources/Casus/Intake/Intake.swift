import Foundation
import Yams

/// The front door for input files: tijdlijn-formats, sessie.yaml and casus folders.
public enum Intake {
    /// One file, classified by its content.
    struct Gelezen {
        enum Soort { case format, sessie, patronen, overig }
        var pad: String
        var soort: Soort
        var root: Node?
        var format: TijdlijnFormat?
        var sessie: Sessie?
        var verwijzingen: [SessieVerwijzing]?
        var meldingen: [Melding]
        /// For a workbook: its YAML twin, which knows the cell of every line.
        var tweeling: WerkboekTweeling? = nil
    }

    public static func leesFormat(pad: String) -> (TijdlijnFormat?, [Melding]) {
        let gelezen = lees(pad: pad, verwacht: .format)
        return (gelezen.format, gelezen.meldingen)
    }

    /// For YAML already in memory (the workbench keeps what professionals sent).
    public static func leesFormat(tekst: String, pad: String) -> (TijdlijnFormat?, [Melding]) {
        let gelezen = lees(tekst: tekst, pad: pad, verwacht: .format)
        return (gelezen.format, gelezen.meldingen)
    }

    public static func leesSessie(pad: String) -> (Sessie?, [Melding]) {
        let gelezen = lees(pad: pad, verwacht: .sessie)
        return (gelezen.sessie, gelezen.meldingen)
    }

    public static func leesSessie(tekst: String, pad: String) -> (Sessie?, [Melding]) {
        let gelezen = lees(tekst: tekst, pad: pad, verwacht: .sessie)
        return (gelezen.sessie, gelezen.meldingen)
    }

    static func lees(pad: String, verwacht: Gelezen.Soort? = nil) -> Gelezen {
        if Werkboeken.isWerkboek(pad) {
            let (data, meldingen) = BestandLezer.bytes(pad: pad)
            guard let data else { return Gelezen(pad: pad, soort: verwacht ?? .format, meldingen: meldingen) }
            return leesWerkboek(data, pad: pad, verwacht: verwacht)
        }
        let (tekst, meldingen) = BestandLezer.lees(pad: pad)
        // An unreadable file is reported as the format it was meant to be, not skipped.
        guard let tekst else { return Gelezen(pad: pad, soort: verwacht ?? .format, meldingen: meldingen) }
        var gelezen = lees(tekst: tekst, pad: pad, verwacht: verwacht)
        gelezen.meldingen = (meldingen + gelezen.meldingen).sorted()
        return gelezen
    }

    static func lees(tekst: String, pad: String, verwacht: Gelezen.Soort? = nil) -> Gelezen {
        let yaml = YamlBron.parseMetHerstel(tekst, pad: pad)
        guard let root = yaml.root else {
            return Gelezen(pad: pad, soort: verwacht ?? .format, meldingen: yaml.meldingen.sorted())
        }
        var gelezen = Gelezen(pad: pad, soort: verwacht ?? soort(van: root, pad: pad), root: root, meldingen: [])
        switch gelezen.soort {
        case .format:
            var lezer = FormatLezer(pad: pad)
            gelezen.format = lezer.lees(root)
            gelezen.meldingen = lezer.lezer.meldingen
        case .sessie:
            var lezer = SessieLezer(pad: pad)
            gelezen.sessie = lezer.lees(root)
            gelezen.meldingen = lezer.lezer.meldingen
            if yaml.meldingen.isEmpty { gelezen.verwijzingen = SessieVerwijzing.uit(root) }
        case .patronen, .overig:
            break
        }
        if !yaml.meldingen.isEmpty {
            // Read past a syntax error: report the rest, but nothing of this file is used.
            gelezen.format = nil
            gelezen.sessie = nil
            gelezen.meldingen = yaml.meldingen + gelezen.meldingen.filter { !yaml.hersteld.contains($0.regel) }
        }
        gelezen.meldingen.sort()
        return gelezen
    }

    /// A file is a format when it says so or looks like one (a forgotten `format:` line
    /// must not make a professional's input disappear); `sessie:` marks a session.
    static func soort(van root: Node, pad: String) -> Gelezen.Soort {
        let naam = (pad as NSString).lastPathComponent.lowercased()
        guard case .mapping(let mapping) = root else { return .format }
        let sleutels = Set(mapping.keys.compactMap(\.string))
        if sleutels.contains("sessie") || naam == "sessie.yaml" || naam == "sessie.yml" { return .sessie }
        if sleutels.contains("format") || !sleutels.isDisjoint(with: FormatLezer.sleutels) { return .format }
        if naam == "patronen.yaml" || naam == "patronen.yml" { return .patronen }
        return .overig
    }

    /// Whether intake reads this path: YAML, or a workbook (.xlsx).
    static func isInvoerBestand(_ pad: String) -> Bool {
        pad.hasSuffix(".yaml") || pad.hasSuffix(".yml") || Werkboeken.isWerkboek(pad)
    }

    /// The YAML files and workbooks of a folder, sorted by name so output never depends on the file system.
    /// Only regular files: a FIFO, device or socket named `*.yaml` is never opened.
    static func yamlBestanden(in map: String) -> [String]? {
        yamlNamen(in: map)?.filter { Bestandssoort.van(pad: $0) == .gewoon }
    }

    /// A `waarschuwing` per `*.yaml` (or `.xlsx`) entry of the folder that is not a regular file.
    static func overgeslagenBestanden(in map: String) -> [Melding] {
        (yamlNamen(in: map) ?? []).compactMap { pad in
            let soort = Bestandssoort.van(pad: pad)
            guard soort != .gewoon, soort != .ontbreekt else { return nil }
            return .waarschuwing("overgeslagen: geen gewoon bestand maar \(soort.naam)", pad: pad,
                                 hint: "zet alleen ingevulde formats als gewone bestanden in de casusmap")
        }
    }

    private static func yamlNamen(in map: String) -> [String]? {
        guard let namen = try? FileManager.default.contentsOfDirectory(atPath: map) else { return nil }
        return namen.filter(isInvoerBestand)
            .filter { !$0.hasPrefix(".") }
            .sorted()
            .map { (map as NSString).appendingPathComponent($0) }
    }

    /// Reads a casus folder: its formats, its sessie.yaml and every problem in them.
    public static func leesCasusMap(pad: String) -> CasusInvoer {
        var invoer = CasusInvoer(map: pad)
        guard let bestanden = yamlBestanden(in: pad) else {
            invoer.meldingen = [.fout("map bestaat niet of is niet leesbaar", pad: pad,
                                      hint: "geef een casusmap met tijdlijn-formats (.yaml of .xlsx)")]
            return invoer
        }
        // The files of one casus on every core (a parsed tree is not Sendable; each is
        // made and only read by one thread until `map` returns).
        let gelezen = Parallel.map(bestanden.count) { i in Doorgeven(lees(pad: bestanden[i])) }.map(\.waarde)
        invoer = bundel(gelezen, map: pad)
        invoer.meldingen = (invoer.meldingen + overgeslagenBestanden(in: pad)).sorted()
        if gelezen.allSatisfy({ $0.soort != .format }) {
            invoer.meldingen.append(.fout("geen tijdlijn-formats gevonden in deze map", pad: pad,
                                          hint: "zet de ingevulde formats (.yaml of .xlsx) in de casusmap"))
        }
        return invoer
    }

    /// Combines the files of one casus and checks what only shows across files.
    static func bundel(_ gelezen: [Gelezen], map: String) -> CasusInvoer {
        var invoer = CasusInvoer(map: map)
        var meldingen = gelezen.flatMap(\.meldingen)
        let formats = gelezen.filter { $0.soort == .format }
        invoer.formats = formats.compactMap(\.format)
        invoer.casus = CasusControle.meestGenoemd(formats)
        meldingen += CasusControle.casusIds(formats, casus: invoer.casus)
        meldingen += CasusControle.verwijzingen(formats)
        for bestand in gelezen where bestand.soort == .overig {
            meldingen.append(.waarschuwing("overgeslagen: geen tijdlijn-format en geen sessie", pad: bestand.pad,
                hint: "begin een format met format: tijdlijn-format/1"))
        }
        let sessies = gelezen.filter { $0.soort == .sessie }
        if let sessie = sessies.first {
            invoer.sessie = sessie.sessie
            invoer.sessiePad = sessie.pad
            invoer.sessieVerwijzingen = sessie.verwijzingen
            meldingen += CasusControle.sessieCasus(sessie, casus: invoer.casus)
        }
        for extra in sessies.dropFirst() {
            meldingen.append(.fout("meer dan één sessiebestand in deze casus", pad: extra.pad,
                hint: "voeg de annotaties samen in één sessie.yaml"))
        }
        invoer.patronenPad = gelezen.first { $0.soort == .patronen }?.pad
        invoer.meldingen = plaats(meldingen, in: gelezen).sorted()
        return invoer
    }
}
