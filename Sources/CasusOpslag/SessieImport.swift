import Casus

/// What importing a `sessie.yaml` and re-merging did to the session's work.
public struct SessieVerslag: Sendable, Hashable {
    public var annotatiesToegevoegd = 0
    public var correctiesToegevoegd = 0
    public var afsprakenToegevoegd = 0
    /// sessie/2: family additions, kies, visie and evaluation added or changed.
    public var aanvullingenToegevoegd = 0
    public var keuzesGezet = 0
    public var oordelenGezet = 0
    public var evaluatiesToegevoegd = 0
    /// What changed in date, facilitator or participants, in Dutch; empty when nothing did.
    public var sessiegegevens: [String] = []
    /// Annotations whose item got a new id: (number, old id, new id).
    public var verhuisd: [Verhuizing] = []
    /// Annotations whose item is gone: kept, hanging nowhere.
    public var verweesd: [OpgeslagenAnnotatie] = []

    public struct Verhuizing: Sendable, Hashable {
        public var nummer: Int64
        public var van: String
        public var naar: String
    }
}

extension Werkbank {
    /// Adds what `sessie` holds and the workbench does not yet (counted as a
    /// multiset, so importing an export again adds nothing). Never removes.
    /// `index`: the merged timeline's items, to anchor the annotations (nil: none are).
    func voegSessieToe(_ sessie: Sessie, index: AnkerIndex?, door: String, _ db: any SQLVerbinding,
                       verslag: inout SessieVerslag) throws {
        let casus = sessie.casus
        try db.execute(sql: "INSERT INTO casus (id, aangemaakt_op) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       arguments: [casus, nu()])
        let bestaand = try Self.sessie(casus: casus, db)

        for annotatie in Self.ontbrekend(sessie.annotaties.map(\.schoon), naast: bestaand.annotaties) {
            let nummer = try voegToe(annotatie, anker: index?.anker(voor: annotatie.item), casus: casus, db)
            try log(db, .annoteer, casus: casus, wie: door, "#\(nummer) \(Self.beschrijf(annotatie)) (uit sessie.yaml)")
            verslag.annotatiesToegevoegd += 1
        }
        for koppeling in Self.ontbrekend(sessie.koppel.map(\.schoon), naast: bestaand.koppel) {
            let nummer = try voegToe(koppeling, casus: casus, door: door, db)
            try log(db, .koppel, casus: casus, wie: door, "#\(nummer) \(Self.beschrijf(koppeling)) (uit sessie.yaml)")
            verslag.correctiesToegevoegd += 1
        }
        for ontkoppeling in Self.ontbrekend(sessie.ontkoppel.map(\.schoon), naast: bestaand.ontkoppel) {
            let nummer = try voegToe(ontkoppeling, casus: casus, door: door, db)
            try log(db, .ontkoppel, casus: casus, wie: door, "#\(nummer) \(Self.beschrijf(ontkoppeling)) (uit sessie.yaml)")
            verslag.correctiesToegevoegd += 1
        }
        for afspraak in Self.ontbrekend(sessie.afspraken.map(\.schoon), naast: bestaand.afspraken) {
            let nummer = try voegAfspraakToe(afspraak, casus: casus, door: door, db)
            try log(db, .afspraak, casus: casus, wie: door, "#\(nummer) \(Self.beschrijf(afspraak)) (uit sessie.yaml)")
            verslag.afsprakenToegevoegd += 1
        }
        try voegStappenToe(sessie, naast: bestaand, door: door, db, verslag: &verslag)
    }

    /// sessie/2's additions: lists are added as multisets, kies and visie
    /// (one per field, one per principle) replace what differs.
    private func voegStappenToe(_ sessie: Sessie, naast bestaand: Sessie, door: String, _ db: any SQLVerbinding,
                                verslag: inout SessieVerslag) throws {
        let casus = sessie.casus
        for aanvulling in Self.ontbrekend(sessie.gezinsleden.map(\.schoon), naast: bestaand.gezinsleden) {
            let nummer = try voegToe(aanvulling, casus: casus, db)
            try log(db, .gezinslid, casus: casus, wie: door, "#\(nummer) \(Self.beschrijf(aanvulling)) (uit sessie.yaml)")
            verslag.aanvullingenToegevoegd += 1
        }
        for keuze in sessie.kies.map(\.schoon) where !bestaand.kies.contains(keuze) {
            try db.execute(sql: """
                INSERT INTO keuze (casus, item, veld, bron, tekst, door, op) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (casus, item, veld) DO UPDATE SET bron = excluded.bron, tekst = excluded.tekst
                """, arguments: [casus, keuze.item, keuze.veld, keuze.bron, keuze.tekst, door, nu()])
            try log(db, .kies, casus: casus, wie: door, "\(Self.beschrijf(keuze)) (uit sessie.yaml)")
            verslag.keuzesGezet += 1
        }
        for oordeel in sessie.visie.map(\.schoon) where !bestaand.visie.contains(oordeel) {
            try db.execute(sql: """
                INSERT INTO visie (casus, principe, oordeel, toelichting, had_kunnen, items, door, op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (casus, principe) DO UPDATE SET oordeel = excluded.oordeel,
                    toelichting = excluded.toelichting, had_kunnen = excluded.had_kunnen, items = excluded.items
                """, arguments: [casus, oordeel.principe, oordeel.oordeel.rawValue, oordeel.toelichting,
                                 oordeel.hadKunnen, JSONLijst.tekst(oordeel.items), door, nu()])
            try log(db, .visie, casus: casus, wie: door, "\(Self.beschrijf(oordeel)) (uit sessie.yaml)")
            verslag.oordelenGezet += 1
        }
        for evaluatie in Self.ontbrekend(sessie.evaluatie.map(\.schoon), naast: bestaand.evaluatie) {
            let nummer = try voegToe(evaluatie, casus: casus, db)
            try log(db, .evaluatie, casus: casus, wie: door, "#\(nummer) \(evaluatie.door): \(evaluatie.tekst) (uit sessie.yaml)")
            verslag.evaluatiesToegevoegd += 1
        }
    }

    /// After a casus was merged again: annotations whose item got a new id move
    /// with it (logged); those whose item is gone stay, reported as orphans.
    func herverankerAnnotaties(casus: String, index: AnkerIndex, door: String, _ db: any SQLVerbinding,
                               verslag: inout SessieVerslag) throws {
        for opgeslagen in try Self.annotaties(casus: casus, db) {
            switch index.status(item: opgeslagen.annotatie.item, anker: opgeslagen.anker) {
            case .vast:
                break
            case .verhuisd(let naar):
                try db.execute(sql: "UPDATE annotatie SET item = ? WHERE id = ?",
                               arguments: [naar, opgeslagen.nummer])
                try log(db, .verhuisAnnotatie, casus: casus, wie: door,
                        "#\(opgeslagen.nummer) van \(opgeslagen.annotatie.item) naar \(naar): het item kreeg een nieuw id na de import")
                verslag.verhuisd.append(.init(nummer: opgeslagen.nummer, van: opgeslagen.annotatie.item, naar: naar))
            case .verweesd:
                verslag.verweesd.append(opgeslagen)
            }
        }
    }

    /// `nieuw` minus `bestaand`, counting duplicates.
    static func ontbrekend<T: Hashable>(_ nieuw: [T], naast bestaand: [T]) -> [T] {
        var voorraad: [T: Int] = [:]
        for x in bestaand { voorraad[x, default: 0] += 1 }
        var uit: [T] = []
        for x in nieuw {
            if let n = voorraad[x], n > 0 { voorraad[x] = n - 1 } else { uit.append(x) }
        }
        return uit
    }
}
