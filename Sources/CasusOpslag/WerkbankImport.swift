import GRDB
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
    /// used to anchor annotations and to let them follow their items.
    public func importeer(_ formats: [FormatTekst], sessies: [Sessie], door: String,
                          samenvoegen: (String, [OpgeslagenFormat], Sessie) -> Tijdlijn?) throws(WerkbankFout) -> ImportVerslag {
        let sleutels = Self.sleutels(formats)
        let verslag = try schrijf { db in
            ProefHaak.markeer("transactie-begin")
            var verslag = ImportVerslag()
            for (format, sleutel) in zip(formats, sleutels) {
                verslag.formats.append(try slaOp(format, sleutel: sleutel, door: door, db))
                ProefHaak.binnenTransactie()
            }
            let gewijzigd = Set(verslag.formats.filter { $0.uitkomst != .ongewijzigd }.map(\.casus))
            let casussen = gewijzigd.union(sessies.map(\.casus)).sorted()
            for casus in casussen {
                let sessie = sessies.first { $0.casus == casus }
                var tijdlijn: Tijdlijn?
                func voegSamen() throws -> Tijdlijn? {
                    samenvoegen(casus, try Self.versies(casus: casus, alleenLaatste: true, db),
                                try Self.sessie(casus: casus, db))
                }
                if let sessie {
                    // Corrections first: they shape the timeline the annotations anchor to.
                    var alleenCorrecties = sessie
                    alleenCorrecties.annotaties = []
                    try voegSessieToe(alleenCorrecties, tijdlijn: nil, door: door, db, verslag: &verslag.sessie)
                    try werkSessieGegevensBij(sessie, door: door, db, verslag: &verslag.sessie)
                    tijdlijn = try voegSamen()
                    var alleenAnnotaties = Sessie(casus: casus, annotaties: sessie.annotaties)
                    alleenAnnotaties.afspraken = []
                    try voegSessieToe(alleenAnnotaties, tijdlijn: tijdlijn, door: door, db, verslag: &verslag.sessie)
                }
                // Merged once more: annotations stay attached, every item gets its
                // sticker code now (earlier codes never change).
                guard var samengevoegd = try tijdlijn ?? voegSamen() else { continue }
                let heeftAnnotaties = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM annotatie WHERE casus = ?", arguments: [casus]) ?? 0 > 0
                if gewijzigd.contains(casus), heeftAnnotaties {
                    try herverankerAnnotaties(casus: casus, tijdlijn: samengevoegd, door: door, db,
                                              verslag: &verslag.sessie)
                }
                try Self.geefCodes(casus: casus, &samengevoegd, db)
            }
            return verslag
        }
        ProefHaak.markeer("transactie-klaar")
        return verslag
    }

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
