extension RodeDraden {
    /// Counts the common threads across casussen. Pure: values in, values out;
    /// the same input in any order gives the same result.
    public static func bereken(_ casussen: [GeanalyseerdeCasus],
                               opties: RodeDradenOpties = .standaard) -> RodeDraden {
        var teller = RodeDradenTeller(opties: opties)
        for casus in casussen { teller.tel(casus) }
        return teller.resultaat()
    }
}

/// Accumulates counts casus by casus, keyed by (casus, item) so every number keeps its
/// trace. The order in which casussen arrive does not matter: everything is sorted at
/// the end, so the pipeline can count while it reads and forget each timeline after.
package struct RodeDradenTeller {
    struct Sleutel: Hashable, Comparable {
        var casus: String
        var item: String
        static func < (a: Sleutel, b: Sleutel) -> Bool { (a.casus, a.item) < (b.casus, b.item) }
    }

    /// smileys and sadneys behind one row, per item.
    struct Turf {
        var smiley: [Sleutel: Int] = [:]
        var sadney: [Sleutel: Int] = [:]

        mutating func tel(_ soort: AnnotatieSoort, _ sleutel: Sleutel) {
            switch soort {
            case .smiley: smiley[sleutel, default: 0] += 1
            case .sadney: sadney[sleutel, default: 0] += 1
            }
        }

        func rij<V: RijVeld>(_ waarde: String) -> AnnotatieRij<V> {
            AnnotatieRij(waarde: waarde, smileyBij: Turf.verwijzingen(smiley),
                         sadneyBij: Turf.verwijzingen(sadney))
        }

        static func verwijzingen(_ telling: [Sleutel: Int]) -> [Verwijzing] {
            telling.sorted { $0.key < $1.key }.map { Verwijzing(casus: $0.key.casus, item: $0.key.item, aantal: $0.value) }
        }
    }

    let opties: RodeDradenOpties
    var casusIds: Set<String> = []
    /// pattern id → casus id → evidence item ids (in order of first mention).
    var patronen: [String: [String: [String]]] = [:]
    var titels: [String: String] = [:]
    var perThema: [String: Turf] = [:]
    var perSoort: [String: Turf] = [:]
    var perKader: [String: Turf] = [:]
    var items: [Sleutel: ItemBeschrijving] = [:]
    var statistiek = StatistiekVerzamelaar()
    var sessies = SessieTeller()
    var overzichten: [CasusOverzicht] = []
    /// thema → items (per casus) where the room differed and someone chose that thema.
    var verdeeldPerThema: [String: [Sleutel: Int]] = [:]

    package init(opties: RodeDradenOpties) { self.opties = opties }

    package mutating func tel(_ casus: GeanalyseerdeCasus) {
        tel(RodeDradenBijdrage(casus, opties: opties))
    }

    /// `bijdrage` must be made with this counter's options (`RodeDradenBijdrage.variant`).
    package mutating func tel(_ bijdrage: RodeDradenBijdrage) {
        let id = bijdrage.casus
        casusIds.insert(id)
        sessies.tel(bijdrage.sessie, casus: id)

        for bevinding in bijdrage.bevindingen {
            titels[bevinding.patroon] = min(titels[bevinding.patroon] ?? bevinding.titel, bevinding.titel)
            var bewijs = patronen[bevinding.patroon, default: [:]][id, default: []]
            for origineel in bevinding.items {
                let item = bijdrage.getoond(origineel)
                guard !bewijs.contains(item) else { continue }
                bewijs.append(item)
                let sleutel = Sleutel(casus: id, item: item)
                if items[sleutel] == nil { items[sleutel] = bijdrage.beschrijving(origineel) }
            }
            patronen[bevinding.patroon, default: [:]][id] = bewijs
        }

        statistiek.tel(bijdrage.cijfers)
        overzichten.append(bijdrage.overzicht)
        let verdeeld = Set(bijdrage.cijfers.verdeeld.map(\.item))
        for sticker in bijdrage.stickers where verdeeld.contains(sticker.item) {
            verdeeldPerThema[sticker.thema?.rawValue ?? "zonder-thema", default: [:]][Sleutel(casus: id, item: bijdrage.getoond(sticker.item))] = 1
        }

        for sticker in bijdrage.stickers {
            let sleutel = Sleutel(casus: id, item: bijdrage.getoond(sticker.item))
            var item = items[sleutel] ?? bijdrage.beschrijving(sticker.item)
            perThema[sticker.thema?.rawValue ?? "zonder-thema", default: Turf()]
                .tel(sticker.soort, sleutel)
            if let soort = item.interventieSoort {
                perSoort[soort.rawValue, default: Turf()].tel(sticker.soort, sleutel)
            }
            perKader[item.kader?.rawValue ?? "onbekend", default: Turf()]
                .tel(sticker.soort, sleutel)

            if sticker.soort == .smiley { item.smiley += 1 } else { item.sadney += 1 }
            if let tekst = sticker.toelichting {
                item.toelichtingen.append(Toelichting(soort: sticker.soort, thema: sticker.thema,
                                                      tekst: tekst, door: sticker.door))
            }
            items[sleutel] = item
        }
    }

    package func resultaat() -> RodeDraden {
        // The parts only read the counts and each sorts its own rows: over 10,000 casussen
        // they take about as long as the counting, so they share the cores.
        let teller = Doorgeven(self)
        let delen = Parallel.map(5) { Doorgeven(teller.waarde.deel($0)) }.map(\.waarde)
        var items: [ItemBeschrijving] = [], thema: [AnnotatieRij<ThemaVeld>] = []
        var soort: [AnnotatieRij<SoortVeld>] = [], kader: [AnnotatieRij<KaderVeld>] = []
        var overig: Overig?
        for deel in delen {
            switch deel {
            case .items(let lijst): items = lijst
            case .thema(let rijen): thema = rijen
            case .soort(let rijen): soort = rijen
            case .kader(let rijen): kader = rijen
            case .overig(let rest): overig = rest
            }
        }
        let rest = overig ?? self.overig()
        var uit = RodeDraden(
            casussen: rest.casussen,
            patronen: rest.patronen,
            annotaties: AnnotatieTotalen(
                smiley: thema.reduce(0) { $0 + $1.smiley },
                sadney: thema.reduce(0) { $0 + $1.sadney },
                perThema: thema, perSoortInterventie: soort, perKader: kader),
            meestGemarkeerd: rest.meestGemarkeerd,
            items: items,
            pseudoniem: opties.pseudoniem,
            statistiek: rest.statistiek,
            sessies: rest.sessies)
        uit.organisatiesAnoniem = opties.organisatiesAnoniem
        uit.perCasus = rest.perCasus
        return uit
    }

    private enum Deel {
        case items([ItemBeschrijving]), thema([AnnotatieRij<ThemaVeld>])
        case soort([AnnotatieRij<SoortVeld>]), kader([AnnotatieRij<KaderVeld>])
        case overig(Overig)
    }

    private struct Overig {
        var casussen: [String]
        var patronen: [PatroonTelling]
        var meestGemarkeerd: MeestGemarkeerd
        var statistiek: StatistiekOverzicht
        var sessies: SessieTotalen
        var perCasus: [CasusOverzicht]
    }

    private func overig() -> Overig {
        Overig(casussen: casusIds.sorted(), patronen: patroonTellingen(), meestGemarkeerd: meestGemarkeerd(),
               statistiek: statistiek.overzicht(), sessies: sessies.totalen(),
               perCasus: overzichten.sorted { $0.casus < $1.casus })
    }

    /// Part `n` of the result, independent of the others.
    private func deel(_ n: Int) -> Deel {
        switch n {
        case 0: return .items(items.sorted { $0.key < $1.key }.map(\.value))
        case 1:
            let vast: [AnnotatieRij<ThemaVeld>] = rijen(Thema.toegestaan, extra: ["zonder-thema"], uit: perThema)
            return .thema(vast.map { rij in
                var rij = rij
                rij.verdeeldBij = Turf.verwijzingen(verdeeldPerThema[rij.waarde] ?? [:])
                return rij
            })
        case 2: return .soort(rijen(InterventieSoort.toegestaan, extra: [], uit: perSoort))
        case 3: return .kader(rijen(Kader.toegestaan, extra: ["onbekend"], uit: perKader))
        default: return .overig(overig())
        }
    }

    /// Fixed rows (zero rows too), then the extra rows only when something fell there.
    private func rijen<V: RijVeld>(_ vast: [String], extra: [String],
                                   uit turven: [String: Turf]) -> [AnnotatieRij<V>] {
        vast.map { (turven[$0] ?? Turf()).rij($0) }
            + extra.compactMap { waarde in turven[waarde].map { $0.rij(waarde) } }
    }

    private func patroonTellingen() -> [PatroonTelling] {
        let bekend = PatroonCatalogus.alle.map(\.id)
        let overig = patronen.keys.filter { !bekend.contains($0) }.sorted()
        return (bekend + overig).map { id in
            let perCasus = patronen[id] ?? [:]
            let casussen = perCasus.keys.sorted()
            let catalogus = PatroonCatalogus.patroon(id)
            return PatroonTelling(
                patroon: id, titel: catalogus?.titel ?? titels[id] ?? id,
                thema: catalogus?.thema, casussen: casussen,
                bewijs: casussen.map { PatroonBewijs(casus: $0, items: perCasus[$0] ?? []) })
        }
    }

    private func meestGemarkeerd() -> MeestGemarkeerd {
        func lijst(_ aantal: (ItemBeschrijving) -> Int,
                   _ tegen: (ItemBeschrijving) -> Int) -> [GemarkeerdItem] {
            // The first `maxGemarkeerd` in the order below, kept while scanning: over 10,000
            // casussen sorting every item twice cost more than the rest of the counting.
            // The order is total (keys differ), so this is exactly sort-then-prefix.
            func voor(_ a: (Sleutel, ItemBeschrijving), _ b: (Sleutel, ItemBeschrijving)) -> Bool {
                (-aantal(a.1), tegen(a.1), a.0) < (-aantal(b.1), tegen(b.1), b.0)
            }
            var beste: [(Sleutel, ItemBeschrijving)] = []
            for item in items where aantal(item.value) > 0 && opties.maxGemarkeerd > 0 {
                let kandidaat = (item.key, item.value)
                if beste.count == opties.maxGemarkeerd, let laatste = beste.last, !voor(kandidaat, laatste) { continue }
                let plek = beste.firstIndex { voor(kandidaat, $0) } ?? beste.count
                beste.insert(kandidaat, at: plek)
                if beste.count > opties.maxGemarkeerd { beste.removeLast() }
            }
            return beste.map { sleutel, i in
                GemarkeerdItem(casus: sleutel.casus, item: sleutel.item,
                               omschrijving: i.omschrijving, smiley: i.smiley,
                               sadney: i.sadney, toelichtingen: i.toelichtingen)
            }
        }
        return MeestGemarkeerd(ditWerkte: lijst(\.smiley, \.sadney),
                               ditHielpNiet: lijst(\.sadney, \.smiley))
    }
}
