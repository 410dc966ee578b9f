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
    /// the casussen of a block are merged on every core; the store work stays serial.
    public func importeer(_ formats: [FormatTekst], sessies: [Sessie], door: String,
                          samenvoegen: @Sendable (String, [OpgeslagenFormat], Sessie) -> Tijdlijn?) throws(WerkbankFout) -> ImportVerslag {
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
            // Blocks keep memory flat: a block's merged timelines are dropped before the next.
            for begin in stride(from: 0, to: casussen.count, by: Self.importBlok) {
                let blok = Array(casussen[begin..<min(begin + Self.importBlok, casussen.count)])
                var invoer: [(String, [OpgeslagenFormat], Sessie)] = []
                for casus in blok {
                    if let sessie = sessiePerCasus[casus] {
                        // Corrections first: they shape the timeline the annotations anchor to.
                        var alleenCorrecties = sessie
                        alleenCorrecties.annotaties = []
                        try voegSessieToe(alleenCorrecties, tijdlijn: nil, door: door, db, verslag: &verslag.sessie)
                        try werkSessieGegevensBij(sessie, door: door, db, verslag: &verslag.sessie)
                    }
                    invoer.append((casus, try Self.versies(casus: casus, alleenLaatste: true, db), try Self.sessie(casus: casus, db)))
                }
                let gelezen = invoer
                let tijdlijnen = Parallel.map(gelezen.count) { n in samenvoegen(gelezen[n].0, gelezen[n].1, gelezen[n].2) }
                for (casus, tijdlijn) in zip(blok, tijdlijnen) {
                    if let sessie = sessiePerCasus[casus] {
                        var alleenAnnotaties = Sessie(casus: casus, annotaties: sessie.annotaties)
                        alleenAnnotaties.afspraken = []
                        try voegSessieToe(alleenAnnotaties, tijdlijn: tijdlijn, door: door, db, verslag: &verslag.sessie)
                    }
                    // Every item gets its sticker code now (earlier codes never change);
                    // annotations stay attached to their items.
                    guard var samengevoegd = tijdlijn else { continue }
                    let heeftAnnotaties = try db.getal(sql: "SELECT count(*) FROM annotatie WHERE casus = ?", arguments: [casus]) > 0
                    if gewijzigd.contains(casus), heeftAnnotaties {
                        try herverankerAnnotaties(casus: casus, tijdlijn: samengevoegd, door: door, db,
                                                  verslag: &verslag.sessie)
                    }
                    try Self.geefCodes(casus: casus, &samengevoegd, db)
                }
            }
            return verslag
        }
        ProefHaak.markeer("transactie-klaar")
        return verslag
    }

    /// Casussen merged at once in an import: enough for both cores, few enough to keep memory flat.
    static let importBlok = 64

    /// rol + organisatie identify a source; two files of one import with the
    /// same pair are told apart by file name, so neither overwrites the other.
    static func sleutels(_ formats: [FormatTekst]) -> [String] {
        var aantal: [String: Int] = [:]
        for f in formats { aantal[f.casus + "\u{0}" + f.sleutel, default: 0] += 1 }
        return formats.map { f in
            (aantal[f.casus + "\u{0}" + f.sleutel] ?? 0) > 1 ? f.sleutel + " | " + f.bestand : f.sleutel
        }
    }
}
