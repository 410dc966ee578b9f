import Casus

/// The result of one `casus importeer`.
public struct ImportVerslag: Sendable, Hashable {
    public var formats: [ImportRegel] = []
    public var sessie = SessieVerslag()
}

extension Werkbank {
    /// Stores validated formats (and a session) in ONE transaction: after a
    /// crash the workbench holds all of this import or none of it.
    /// `samenvoegen` merges a casus from its stored texts and session; it is
    /// used to anchor annotations and to let them follow their items. It is pure, so
    /// a block of casussen is merged on every core while the previous block is written.
    public func importeer(_ formats: [FormatTekst], sessies: [Sessie], door: String,
                          samenvoegen: @escaping @Sendable (String, [OpgeslagenFormat], Sessie) -> Tijdlijn?) throws(WerkbankFout) -> ImportVerslag {
        try importeer(formats, sessies: sessies, door: door, blok: Self.importBlok, samenvoegen: samenvoegen)
    }

    /// Casussen merged at once: enough for both cores, few enough to keep memory flat.
    static let importBlok = 32

    /// `blok`: casussen per block (a test uses tiny blocks).
    func importeer(_ formats: [FormatTekst], sessies: [Sessie], door: String, blok grootte: Int,
                   samenvoegen: @escaping @Sendable (String, [OpgeslagenFormat], Sessie) -> Tijdlijn?) throws(WerkbankFout) -> ImportVerslag {
        let sleutels = Self.sleutels(formats)
        let sessiePerCasus = Dictionary(sessies.map { ($0.casus, $0) }) { eerste, _ in eerste }
        let verslag = try schrijf { db in
            ProefHaak.markeer("transactie-begin")
            var verslag = ImportVerslag()
            for (format, sleutel) in zip(formats, sleutels) {
                verslag.formats.append(try slaOp(format, sleutel: sleutel, door: door, db))
                ProefHaak.binnenTransactie()
            }
            let gewijzigd = Set(verslag.formats.filter { $0.uitkomst != .ongewijzigd }.map(\.casus))
            let casussen = gewijzigd.union(sessies.map(\.casus)).sorted()
            let blokken = stride(from: 0, to: casussen.count, by: max(1, grootte)).map {
                Array(casussen[$0..<min($0 + max(1, grootte), casussen.count)])
            }
            do {
                var lopend: (blok: [String], werk: Vooruit<[Samengevoegd?]>)?
                // Never return while a merge still runs (also when a write throws).
                defer { _ = lopend?.werk.wacht() }
                for blok in blokken {
                    // Serial store work for this block, then its merges start in the background
                    // while the previous block's results are written.
                    let gelezen = try voorSamenvoegen(blok, sessies: sessiePerCasus, door: door, db, verslag: &verslag.sessie)
                    let werk = Vooruit {
                        Parallel.map(gelezen.count) { n in samenvoegen(gelezen[n].0, gelezen[n].1, gelezen[n].2).map(Samengevoegd.init) }
                    }
                    if let vorige = lopend {
                        try schrijfSamengevoegd(vorige.blok, vorige.werk.wacht(), gewijzigd: gewijzigd,
                                                sessies: sessiePerCasus, door: door, db, verslag: &verslag)
                    }
                    lopend = (blok, werk)
                }
                if let laatste = lopend {
                    try schrijfSamengevoegd(laatste.blok, laatste.werk.wacht(), gewijzigd: gewijzigd,
                                            sessies: sessiePerCasus, door: door, db, verslag: &verslag)
                }
            }
            return verslag
        }
        ProefHaak.markeer("transactie-klaar")
        return verslag
    }

    /// A block's sessions' corrections and data stored, then what its merges need: the
    /// newest formats and the stored session of every casus.
    func voorSamenvoegen(_ blok: [String], sessies: [String: Sessie], door: String, _ db: any SQLVerbinding,
                         verslag: inout SessieVerslag) throws -> [(String, [OpgeslagenFormat], Sessie)] {
        var invoer: [(String, [OpgeslagenFormat], Sessie)] = []
        for casus in blok {
            if let sessie = sessies[casus] {
                // Corrections first: they shape the timeline the annotations anchor to.
                var alleenCorrecties = sessie
                alleenCorrecties.annotaties = []
                try voegSessieToe(alleenCorrecties, index: nil, door: door, db, verslag: &verslag)
                try werkSessieGegevensBij(sessie, door: door, db, verslag: &verslag)
            }
            invoer.append((casus, try Self.versies(casus: casus, alleenLaatste: true, db), try Self.sessie(casus: casus, db)))
        }
        return invoer
    }

    /// A merged block: the session's annotations anchored, annotations moved with their
    /// items, and every item its sticker code (earlier codes never change).
    func schrijfSamengevoegd(_ blok: [String], _ tijdlijnen: [Samengevoegd?], gewijzigd: Set<String>,
                                     sessies: [String: Sessie], door: String, _ db: any SQLVerbinding,
                                     verslag: inout ImportVerslag) throws {
        for (casus, tijdlijn) in zip(blok, tijdlijnen) {
            if let sessie = sessies[casus] {
                var alleenAnnotaties = Sessie(casus: casus, annotaties: sessie.annotaties)
                alleenAnnotaties.afspraken = []
                try voegSessieToe(alleenAnnotaties, index: tijdlijn?.index, door: door, db, verslag: &verslag.sessie)
            }
            guard var samengevoegd = tijdlijn?.tijdlijn, let index = tijdlijn?.index else { continue }
            let heeftAnnotaties = try db.getal(sql: "SELECT count(*) FROM annotatie WHERE casus = ?", arguments: [casus]) > 0
            if gewijzigd.contains(casus), heeftAnnotaties {
                try herverankerAnnotaties(casus: casus, index: index, door: door, db, verslag: &verslag.sessie)
            }
            _ = try Self.geefCodes(casus: casus, &samengevoegd, index: index, db)
        }
    }

    /// A merged casus and its anker index, both made on a worker thread.
    struct Samengevoegd: Sendable {
        var tijdlijn: Tijdlijn
        var index: AnkerIndex

        init(_ tijdlijn: Tijdlijn) {
            self.tijdlijn = tijdlijn
            index = AnkerIndex(tijdlijn)
        }
    }

    /// rol + organisatie identify a source; two files of one import with the
    /// same pair are told apart by file name, so neither overwrites the other.
    static func sleutels(_ formats: [FormatTekst]) -> [String] {
        // Each key once: normalising rol and organisatie is not free (issue 18's profile).
        let basis = formats.map(\.sleutel)
        var aantal: [String: Int] = [:]
        for (f, sleutel) in zip(formats, basis) { aantal[f.casus + "\u{0}" + sleutel, default: 0] += 1 }
        return zip(formats, basis).map { f, sleutel in
            (aantal[f.casus + "\u{0}" + sleutel] ?? 0) > 1 ? sleutel + " | " + f.bestand : sleutel
        }
    }
}
