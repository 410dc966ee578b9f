/// `casus statistiek`: what no paper wall shows — time in help, time
/// court-ordered, the longest gap without help, the children's ages at the
/// first help and the first court order, and where the room was divided.
/// Every count of days is inclusive (docs/statistiek.md).
public struct Statistiek: Sendable, Hashable, Codable {
    public struct Kind: Sendable, Hashable, Codable {
        public var gezinslid: String
        public var leeftijdEersteHulp: Bereik?
        public var leeftijdEersteGedwongen: Bereik?

        enum CodingKeys: String, CodingKey {
            case gezinslid
            case leeftijdEersteHulp = "leeftijd_eerste_hulp"
            case leeftijdEersteGedwongen = "leeftijd_eerste_gedwongen"
        }

        // Absent ages are written as null: the key is part of the contract.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(gezinslid, forKey: .gezinslid)
            try c.encode(leeftijdEersteHulp, forKey: .leeftijdEersteHulp)
            try c.encode(leeftijdEersteGedwongen, forKey: .leeftijdEersteGedwongen)
        }
    }

    /// Whole years, least and greatest possible.
    public struct Bereik: Sendable, Hashable, Codable {
        public var van: Int
        public var tot: Int
    }

    /// An item with both smileys and sadneys: here the room differs.
    public struct Verdeeld: Sendable, Hashable, Codable {
        public var item: String
        public var smiley: Int
        public var sadney: Int
    }

    public var casus: String
    public var interventies: Int
    public var aanbieders: Int
    public var regiewisselingen: Int
    public var kaderovergangen: Int
    public var dagenInHulp: Int
    public var dagenGedwongen: Int
    public var langstePeriodeZonderHulpDagen: Int
    public var kinderen: [Kind]
    public var verdeeld: [Verdeeld]

    enum CodingKeys: String, CodingKey {
        case casus, interventies, aanbieders, regiewisselingen, kaderovergangen, kinderen, verdeeld
        case dagenInHulp = "dagen_in_hulp"
        case dagenGedwongen = "dagen_gedwongen"
        case langstePeriodeZonderHulpDagen = "langste_periode_zonder_hulp_dagen"
    }
}

extension Statistiek {
    public init(_ analyse: Analyse) {
        let t = analyse.tijdlijn
        let hulp = Dagenreeks.vereniging(Statistiek.hulpIntervallen(t))
        casus = t.casus
        interventies = t.interventies.count
        aanbieders = Set(t.interventies.map { Normalisatie.normaal($0.inhoud.aanbieder) }).count
        regiewisselingen = t.regiewisselingen.count
        kaderovergangen = t.kader.count
        dagenInHulp = hulp.reduce(0) { $0 + $1.dagen }
        dagenGedwongen = Statistiek.gedwongenIntervallen(t).reduce(0) { $0 + $1.dagen }
        langstePeriodeZonderHulpDagen = t.periode.map {
            Dagenreeks.langsteGat(in: DagInterval(van: $0.van, tot: $0.tot), buiten: hulp)
        } ?? 0
        let eersteHulp = t.interventies.map(\.inhoud.start).min()
        let eersteGedwongen = t.kader.filter { $0.inhoud.naar == .gedwongen }.map(\.inhoud.datum).min()
        kinderen = t.gezinsleden.filter { $0.inhoud.rol == .kind }.map { kind in
            func leeftijd(_ datum: Datum?) -> Bereik? {
                guard let datum, let geboren = kind.inhoud.geboren,
                      let l = Leeftijd.bereken(geboren: geboren, op: datum) else { return nil }
                return Bereik(van: l.van, tot: l.tot)
            }
            return Kind(gezinslid: kind.id, leeftijdEersteHulp: leeftijd(eersteHulp),
                        leeftijdEersteGedwongen: leeftijd(eersteGedwongen))
        }
        verdeeld = Statistiek.verdeeld(analyse.annotaties)
    }

    /// Each interventie as [start.van, einde.tot], or up to the casus's end when
    /// it has no einde.
    static func hulpIntervallen(_ t: Tijdlijn) -> [DagInterval] {
        t.interventies.compactMap { i in
            guard let tot = i.inhoud.einde?.tot ?? t.periode?.tot else { return nil }
            return DagInterval(van: i.inhoud.start.van, tot: max(tot, i.inhoud.start.van))
        }
    }

    /// From each transition to gedwongen up to the day before the next
    /// transition, or through the casus's end.
    static func gedwongenIntervallen(_ t: Tijdlijn) -> [DagInterval] {
        let overgangen = t.kader.map(\.inhoud).sorted { ($0.datum.van, $0.datum.tot) < ($1.datum.van, $1.datum.tot) }
        var uit: [DagInterval] = []
        for (i, o) in overgangen.enumerated() where o.naar == .gedwongen {
            let einde = i + 1 < overgangen.count ? overgangen[i + 1].datum.van.plus(dagen: -1) : t.periode?.tot
            guard let einde, einde >= o.datum.van else { continue }
            uit.append(DagInterval(van: o.datum.van, tot: einde))
        }
        return uit
    }

    /// Items with at least one smiley and one sadney, in item order.
    public static func verdeeld(_ annotaties: [Annotatie]) -> [Verdeeld] {
        var telling = StickerTelling()
        for a in annotaties { telling.tel(a, 1) }
        return verdeeld(telling)
    }

    /// The same from a running count (the live session keeps one instead of re-reading).
    public static func verdeeld(_ telling: StickerTelling) -> [Verdeeld] {
        telling.perItem.filter { $0.value.smiley > 0 && $0.value.sadney > 0 }
            .map { Verdeeld(item: $0.key, smiley: $0.value.smiley, sadney: $0.value.sadney) }
            .sorted { $0.item < $1.item }
    }
}

/// Smileys and sadneys per item, kept up to date one sticky at a time.
public struct StickerTelling: Sendable {
    public private(set) var perItem: [String: (smiley: Int, sadney: Int)] = [:]

    public init() {}

    /// `aantal` 1 when a sticky is placed, -1 when it is removed.
    public mutating func tel(_ a: Annotatie, _ aantal: Int) {
        var t = perItem[a.item] ?? (0, 0)
        if a.soort == .smiley { t.smiley += aantal } else { t.sadney += aantal }
        perItem[a.item] = t
    }
}
