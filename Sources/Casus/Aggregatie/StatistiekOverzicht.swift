/// `casus statistiek` across casussen in rode draden: per figure the median and
/// the range, so a projectleider sees what is typical and what is extreme.
public struct StatistiekOverzicht: Sendable, Hashable, Codable {
    /// Median, least and greatest of one figure over `aantal` values.
    public struct Spreiding: Sendable, Hashable, Codable {
        public var aantal: Int
        public var mediaan: Double
        public var min: Double
        public var max: Double

        /// nil for no values: a median of nothing would be invented.
        init?(_ waarden: [Double]) {
            guard !waarden.isEmpty else { return nil }
            let s = waarden.sorted()
            aantal = s.count
            mediaan = s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
            min = s[0]
            max = s[s.count - 1]
        }
    }

    /// The figures in report order: JSON key and Dutch label.
    public static let figuren: [(sleutel: String, label: String)] = [
        ("interventies", "interventies"), ("aanbieders", "aanbieders"),
        ("regiewisselingen", "regiewisselingen"), ("kaderovergangen", "kaderovergangen"),
        ("dagen_in_hulp", "dagen in hulp"), ("dagen_gedwongen", "dagen in een gedwongen kader"),
        ("langste_periode_zonder_hulp_dagen", "langste periode zonder hulp (dagen)"),
        ("leeftijd_eerste_hulp", "leeftijd kind bij eerste hulp (jaar)"),
        ("leeftijd_eerste_gedwongen", "leeftijd kind bij eerste gedwongen kader (jaar)"),
        ("verdeeld", "items waar de groep verdeeld was"),
    ]

    /// Figure key → spread; a figure without values is absent.
    public var figuren: [String: Spreiding]

    public init(figuren: [String: Spreiding] = [:]) { self.figuren = figuren }

    public init(from decoder: Decoder) throws {
        figuren = try decoder.singleValueContainer().decode([String: Spreiding].self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(figuren)
    }
}

/// Collects the figures casus by casus: a few numbers each, never a timeline.
struct StatistiekVerzamelaar {
    private var waarden: [String: [Double]] = [:]

    /// Ages count per child at the middle of their possible range.
    mutating func tel(_ s: Statistiek) {
        let vast: [(String, Int)] = [
            ("interventies", s.interventies), ("aanbieders", s.aanbieders),
            ("regiewisselingen", s.regiewisselingen), ("kaderovergangen", s.kaderovergangen),
            ("dagen_in_hulp", s.dagenInHulp), ("dagen_gedwongen", s.dagenGedwongen),
            ("langste_periode_zonder_hulp_dagen", s.langstePeriodeZonderHulpDagen), ("verdeeld", s.verdeeld.count),
        ]
        for (sleutel, n) in vast { waarden[sleutel, default: []].append(Double(n)) }
        for kind in s.kinderen {
            if let l = kind.leeftijdEersteHulp { waarden["leeftijd_eerste_hulp", default: []].append(Double(l.van + l.tot) / 2) }
            if let l = kind.leeftijdEersteGedwongen {
                waarden["leeftijd_eerste_gedwongen", default: []].append(Double(l.van + l.tot) / 2)
            }
        }
    }

    func overzicht() -> StatistiekOverzicht {
        StatistiekOverzicht(figuren: waarden.compactMapValues(StatistiekOverzicht.Spreiding.init))
    }
}
