/// Each source's own words for an item, short: under the shown value in
/// `casus tijdlijn` and `casus toon`, and in the PDF's list of wordings, so
/// no professional's wording is hidden behind another's (issue 14).
public protocol EigenWoorden {
    /// How this one entry reads, short enough for one line.
    var eigenWoorden: String { get }
}

extension Gebeurtenis: EigenWoorden {
    public var eigenWoorden: String { "\(datum.tekst): \(wat)" }
}

extension Interventie: EigenWoorden {
    public var eigenWoorden: String {
        var tekst = "\(naam) (\(aanbieder)), \(start.tekst)" + (einde.map { " – \($0.tekst)" } ?? "")
        if let afloop, afloop != .onbekend { tekst += ", \(afloop.rawValue)" }
        if let resultaat { tekst += ": \(resultaat)" }
        return tekst
    }
}

extension KaderOvergang: EigenWoorden {
    public var eigenWoorden: String {
        var tekst = "\(datum.tekst): \(van.rawValue) → \(naar.rawValue)"
        if let maatregel { tekst += " (\(maatregel.rawValue))" }
        if let toelichting { tekst += ": \(toelichting)" }
        return tekst
    }
}

extension Regieperiode: EigenWoorden {
    public var eigenWoorden: String {
        "\(vanaf.tekst) – \(tot?.tekst ?? "nu"): \(wie) (\(organisatie))"
    }
}

extension TijdlijnItem where Inhoud: EigenWoorden {
    /// (source, its words shortened) for an item told by several sources; empty
    /// for an item of one source. Sources with the very same words count once.
    public func woordenPerBron(lengte: Int = 90) -> [(bron: String, woorden: String)] {
        guard bronnen.count > 1 else { return [] }
        var gezien = Set<String>()
        return perBron.compactMap { b in
            let woorden = BewijsIndex.kortAf(b.inhoud.eigenWoorden, tot: lengte)
            guard gezien.insert(b.bron + "\u{0}" + woorden).inserted else { return nil }
            return (b.bron, woorden)
        }
    }
}
