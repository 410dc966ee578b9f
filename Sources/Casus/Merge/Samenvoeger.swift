/// The outcome of a merge: the timeline, and warnings about the sources or the
/// facilitator's corrections (never errors: a merge always produces a timeline).
public struct SamenvoegResultaat: Sendable, Hashable {
    public var tijdlijn: Tijdlijn
    public var meldingen: [Melding]
    /// Sticker codes given in this merge (items the code book did not know yet).
    public var nieuweCodes: [Stickercode]
    /// Corrections of the session the merge skipped; each is also a waarschuwing.
    public var overgeslagen: [OvergeslagenCorrectie] = []

    public init(tijdlijn: Tijdlijn, meldingen: [Melding], nieuweCodes: [Stickercode] = []) {
        self.tijdlijn = tijdlijn
        self.meldingen = meldingen
        self.nieuweCodes = nieuweCodes
    }
}

/// Merges the formats of one casus into one timeline (issue 3, docs/samenvoegen.md).
///
/// Pure: formats in, timeline out. The result does not depend on the order of
/// the formats or their file names; the same format twice counts once.
public enum Samenvoeger {
    /// A casus as read (folder or workbench), with the workbench's sticker codes if any.
    public static func voegSamen(_ invoer: CasusInvoer) -> SamenvoegResultaat {
        voegSamen(invoer.formats, sessie: invoer.sessie, sessiePad: invoer.sessiePad, codeboek: invoer.codeboek)
    }

    /// `codeboek`: sticker codes already given; new items get the next free ones.
    public static func voegSamen(_ formats: [TijdlijnFormat], sessie: Sessie? = nil,
                                 sessiePad: String? = nil, codeboek: Codeboek = Codeboek()) -> SamenvoegResultaat {
        let canoniek = Canoniek()
        let namen = Pseudonimisering(formats: formats)
        let indeling = BronIndeling.deelIn(formats, canoniek: canoniek, namen: namen)
        var meldingen = indeling.meldingen
        var overgeslagen: [OvergeslagenCorrectie] = []
        let bronnen = indeling.bronnen

        func invoer<T: Samenvoegbaar>(_ pad: KeyPath<TijdlijnFormat, [T]>) -> [Invoer<T>] {
            Groepering.invoer(bronnen.map { ($0.bron.id, $0.format[keyPath: pad]) }, canoniek: canoniek)
        }

        let kennis = Bronkennis(bronnen: bronnen.map(\.bron), formats: bronnen.map(\.format))
        var werk = Werkset(
            gezinsleden: Groep.groepeer(invoer(\.gezinsleden), kennis: kennis),
            netwerk: Groep.groepeer(invoer(\.netwerk), kennis: kennis),
            gebeurtenissen: Groep.groepeer(invoer(\.gebeurtenissen), kennis: kennis),
            interventies: Groep.groepeer(invoer(\.interventies), kennis: kennis),
            kader: Groep.groepeer(invoer(\.kader), kennis: kennis),
            regie: Groep.groepeer(invoer(\.regie), kennis: kennis))
        werk.wijsIdsToe(canoniek, namen: namen)

        if let sessie {
            let pad = sessiePad ?? "sessie.yaml"
            if sessie.casus != indeling.casus, !formats.isEmpty {
                meldingen.append(.waarschuwing(
                    "sessie.yaml hoort bij casus \(sessie.casus), de formats bij \(indeling.casus)",
                    pad: pad, hint: "Controleer `casus:` in sessie.yaml."))
            }
            var correcties = Correcties(pad: pad)
            correcties.pasToe(sessie, op: &werk)
            meldingen += correcties.meldingen
            overgeslagen = correcties.overgeslagen
            meldingen += Keuzes.pasToe(sessie.kies, op: &werk, pad: pad)
        }

        var tijdlijn = werk.tijdlijn(casus: indeling.casus, bronnen: bronnen.map(\.bron))
        Afgeleid.vulAan(&tijdlijn)
        let nieuweCodes = Stickercodes.geef(codeboek, aan: &tijdlijn)
        var resultaat = SamenvoegResultaat(tijdlijn: tijdlijn, meldingen: meldingen.sorted(), nieuweCodes: nieuweCodes)
        resultaat.overgeslagen = overgeslagen
        return resultaat
    }
}

/// All groups of one merge, per kind.
struct Werkset {
    var gezinsleden: [Groep<Gezinslid>]
    var netwerk: [Groep<Netwerklid>]
    var gebeurtenissen: [Groep<Gebeurtenis>]
    var interventies: [Groep<Interventie>]
    var kader: [Groep<KaderOvergang>]
    var regie: [Groep<Regieperiode>]

    mutating func wijsIdsToe(_ canoniek: Canoniek, namen: Pseudonimisering) {
        func kandidaten<T>(_ g: [Groep<T>]) -> [(basis: String, sleutel: () -> String)] {
            g.map { groep in (groep.inhoud.basisId(namen: namen), { groep.sleutel(canoniek) }) }
        }
        let alle = kandidaten(gezinsleden) + kandidaten(netwerk) + kandidaten(gebeurtenissen)
            + kandidaten(interventies) + kandidaten(kader) + kandidaten(regie)
        var ids = IdToewijzing.wijsToe(alle)[...]
        func zet<T>(_ g: inout [Groep<T>]) {
            for i in g.indices { g[i].id = ids.removeFirst() }
        }
        zet(&gezinsleden); zet(&netwerk); zet(&gebeurtenissen)
        zet(&interventies); zet(&kader); zet(&regie)
    }

    /// Which kind an id belongs to, for the facilitator's corrections.
    func soort(van id: String) -> ItemSoort? {
        if gezinsleden.contains(where: { $0.id == id }) { return .gezinslid }
        if netwerk.contains(where: { $0.id == id }) { return .netwerk }
        if gebeurtenissen.contains(where: { $0.id == id }) { return .gebeurtenis }
        if interventies.contains(where: { $0.id == id }) { return .interventie }
        if kader.contains(where: { $0.id == id }) { return .kader }
        if regie.contains(where: { $0.id == id }) { return .regie }
        return nil
    }

    var alleIds: Set<String> {
        Set(gezinsleden.map(\.id) + netwerk.map(\.id) + gebeurtenissen.map(\.id)
            + interventies.map(\.id) + kader.map(\.id) + regie.map(\.id))
    }

    func tijdlijn(casus: String, bronnen: [Bron]) -> Tijdlijn {
        func personen<T>(_ g: [Groep<T>]) -> [TijdlijnItem<T>] {
            g.map(\.item).sorted { $0.id < $1.id }
        }
        func gedateerd<T>(_ g: [Groep<T>]) -> [TijdlijnItem<T>] {
            g.map(\.item).sorted {
                let a = $0.inhoud.plaatsDatum, b = $1.inhoud.plaatsDatum
                if let a, let b, a.van != b.van || a.tot != b.tot { return (a.van, a.tot) < (b.van, b.tot) }
                return $0.id < $1.id
            }
        }
        var conflicten: [Conflict] = []
        func verzamel<T>(_ g: [Groep<T>]) { for groep in g { conflicten += groep.conflicten } }
        verzamel(gezinsleden); verzamel(netwerk); verzamel(gebeurtenissen)
        verzamel(interventies); verzamel(kader); verzamel(regie)

        return Tijdlijn(
            casus: casus, bronnen: bronnen,
            gezinsleden: personen(gezinsleden), netwerk: personen(netwerk),
            gebeurtenissen: gedateerd(gebeurtenissen), interventies: gedateerd(interventies),
            kader: gedateerd(kader), regie: gedateerd(regie),
            conflicten: conflicten.sorted { ($0.item, $0.veld) < ($1.item, $1.veld) })
    }
}
