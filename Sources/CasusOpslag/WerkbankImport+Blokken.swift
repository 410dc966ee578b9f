import Casus

/// How an import that was read, checked, stored and merged per block ended.
public enum BlokImportUitkomst: Sendable {
    /// Everything stored; the meldingen (sorted) are waarschuwingen only.
    case opgeslagen(ImportVerslag, meldingen: [Melding])
    /// Some block had a fout: nothing stored; every melding of every block, sorted.
    case fouten([Melding])
    /// A casus came back in a later block: nothing stored; import it the two-phase way,
    /// which merges each casus once over all its formats.
    case casusInMeerdereBlokken
}

/// Thrown inside the transaction only to roll it back.
private struct ImportTerug: Error {}

extension Werkbank {
    /// `casus importeer` in blocks inside ONE transaction: block k+1 is read and checked on
    /// other threads while block k is stored and its merges start (from the formats intake
    /// read when it checked them: every text is parsed once), and block k-1's merges are
    /// written. Memory holds a few blocks, not the import. After a fout nothing more is
    /// stored, the remaining blocks are only checked and the transaction is rolled back.
    /// `eerste` is block 0, already read; `lees(k)` reads block k (k ≥ 1) on any thread.
    public func importeer(blokken aantal: Int, eerste: ImportInvoer,
                          lees: @escaping @Sendable (Int) -> ImportInvoer, door: String,
                          voortgang: Voortgang) throws(WerkbankFout) -> BlokImportUitkomst {
        var meldingen: [Melding] = []
        var fout = false
        var dubbel = false
        do {
            let verslag = try schrijf { db in
                ProefHaak.markeer("transactie-begin")
                var verslag = ImportVerslag()
                var gezien: Set<String> = []
                var volgende: Vooruit<ImportInvoer>?
                var lopend: SamenvoegBlok?
                // Never return while a read or a merge still runs (also when a write throws).
                defer {
                    _ = volgende?.wacht()
                    _ = lopend?.werk.wacht()
                }
                for k in 0..<max(1, aantal) {
                    let invoer = volgende?.wacht() ?? eerste
                    volgende = k + 1 < aantal ? Vooruit { lees(k + 1) } : nil
                    meldingen += invoer.meldingen
                    voortgang.meld(k + 1, aantal)
                    fout = fout || invoer.meldingen.heeftFouten
                    if fout { continue }
                    let casussen = Set(invoer.formats.map(\.casus) + invoer.sessies.map(\.casus))
                    guard gezien.isDisjoint(with: casussen) else {
                        dubbel = true
                        throw ImportTerug()
                    }
                    gezien.formUnion(casussen)
                    let blok = try slaBlokOp(invoer, door: door, db, verslag: &verslag)
                    if let vorige = lopend { try schrijf(vorige, door: door, db, verslag: &verslag) }
                    lopend = blok
                }
                if fout { throw ImportTerug() }
                if let laatste = lopend { try schrijf(laatste, door: door, db, verslag: &verslag) }
                return verslag
            }
            ProefHaak.markeer("transactie-klaar")
            return .opgeslagen(verslag, meldingen: meldingen.sorted())
        } catch {
            if dubbel { return .casusInMeerdereBlokken }
            if fout { return .fouten(meldingen.sorted()) }
            throw error
        }
    }

    /// One block's casussen whose merges run in the background.
    private struct SamenvoegBlok {
        var casussen: [String]
        var gewijzigd: Set<String>
        var sessies: [String: Sessie]
        var werk: Vooruit<[Samengevoegd?]>
    }

    /// Stores a checked block's formats and its sessions' corrections, then starts its merges.
    private func slaBlokOp(_ invoer: ImportInvoer, door: String, _ db: any SQLVerbinding,
                           verslag: inout ImportVerslag) throws -> SamenvoegBlok {
        var gelezen: [String: [String: FormatTekst]] = [:]
        var gewijzigd: Set<String> = []
        for (format, sleutel) in zip(invoer.formats, Self.sleutels(invoer.formats)) {
            let regel = try slaOp(format, sleutel: sleutel, door: door, db)
            verslag.formats.append(regel)
            ProefHaak.binnenTransactie()
            if regel.uitkomst != .ongewijzigd { gewijzigd.insert(format.casus) }
            gelezen[format.casus, default: [:]][sleutel] = format
        }
        let sessies = Dictionary(invoer.sessies.map { ($0.casus, $0) }) { eerste, _ in eerste }
        let casussen = gewijzigd.union(sessies.keys).sorted()
        let klaar = try voorSamenvoegen(casussen, sessies: sessies, door: door, db, verslag: &verslag.sessie)
        let perCasus = gelezen
        let werk = Vooruit<[Samengevoegd?]> {
            Parallel.map(klaar.count) { n in
                let (casus, opgeslagen, sessie) = klaar[n]
                return Samengevoegd(WerkbankSamenvoeging.samenvoegen(casus: casus, opgeslagen, sessie: sessie,
                                                                     gelezen: perCasus[casus] ?? [:]).0.tijdlijn)
            }
        }
        return SamenvoegBlok(casussen: casussen, gewijzigd: gewijzigd, sessies: sessies, werk: werk)
    }

    private func schrijf(_ blok: SamenvoegBlok, door: String, _ db: any SQLVerbinding,
                         verslag: inout ImportVerslag) throws {
        try schrijfSamengevoegd(blok.casussen, blok.werk.wacht(), gewijzigd: blok.gewijzigd,
                                sessies: blok.sessies, door: door, db, verslag: &verslag)
    }
}
