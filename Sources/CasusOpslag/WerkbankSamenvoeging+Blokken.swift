import Casus

extension WerkbankSamenvoeging {
    /// Casus folders read, checked and stored per block: enough for both cores, few enough
    /// to keep memory flat.
    public static let mappenPerBlok = 32

    /// `casus importeer` of paths: per block of folders (loose files last, as one block),
    /// all in one transaction, all or nothing. The workbench is opened (and made) only once
    /// the first block checked clean. Returns the report, nil when a fout stopped it
    /// (nothing stored), and every melding of every file, sorted, as `ImportLezer.lees` gives them.
    public static func importeer(paden: [String], door: String, voortgang: Voortgang = .stil,
                                 mappenPerBlok grootte: Int = mappenPerBlok,
                                 werkbank: () throws -> any WerkbankOpslag) throws -> (ImportVerslag?, [Melding]) {
        let plan = ImportLezer.plan(paden: paden)
        let mappen = plan.mappen
        let losse = plan.losseBestanden
        let per = max(1, grootte)
        let mapBlokken = (mappen.count + per - 1) / per
        let aantal = mapBlokken + (losse.isEmpty ? 0 : 1)
        let lees: @Sendable (Int) -> ImportInvoer = { k in
            if k < mapBlokken { return ImportLezer.leesMappen(Array(mappen[k * per..<min((k + 1) * per, mappen.count)])) }
            return k == mapBlokken && !losse.isEmpty ? ImportLezer.leesLosse(losse) : ImportInvoer()
        }
        let blokVoortgang = Voortgang { k, _ in
            if !mappen.isEmpty { voortgang.meld(min(k * per, mappen.count), mappen.count) }
        }
        var eerste = lees(0)
        eerste.meldingen += plan.meldingen
        blokVoortgang.meld(1, aantal)
        if eerste.meldingen.heeftFouten {
            // Nothing will be stored: only check the rest, without opening the workbench.
            var meldingen = eerste.meldingen
            for k in stride(from: 1, to: aantal, by: 1) {
                meldingen += lees(k).meldingen
                blokVoortgang.meld(k + 1, aantal)
            }
            return (nil, meldingen.sorted())
        }
        let wb = try werkbank()
        switch try wb.importeer(blokken: aantal, eerste: eerste, lees: lees, door: door, voortgang: blokVoortgang) {
        case .opgeslagen(let verslag, let meldingen):
            return (verslag, meldingen)
        case .fouten(let meldingen):
            return (nil, meldingen)
        case .casusInMeerdereBlokken:
            let invoer = ImportLezer.lees(paden: paden)
            guard !invoer.meldingen.heeftFouten else { return (nil, invoer.meldingen) }
            return (try importeer(invoer, in: wb, door: door), invoer.meldingen)
        }
    }
}
