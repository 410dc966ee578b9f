import Foundation

extension Statistiek {
    /// `casus statistiek --json`: pretty, keys sorted, the same bytes every run.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, numbers, null and arrays of those: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    /// The same figures in plain Dutch, for the facilitator's screen.
    public func tekst() -> String {
        var r: [String] = ["Statistiek van casus \(casus)", "", "Hulp"]
        r.append("  \(Statistiek.aantal(interventies, "interventie", "interventies")) van "
                 + Statistiek.aantal(aanbieders, "aanbieder", "aanbieders"))
        r.append("  \(Statistiek.aantal(regiewisselingen, "regiewisseling", "regiewisselingen")), "
                 + Statistiek.aantal(kaderovergangen, "kaderovergang", "kaderovergangen"))
        r.append("  \(Statistiek.duur(dagenInHulp)) in hulp (dagen waarop minstens één interventie liep)")
        r.append("  \(Statistiek.duur(dagenGedwongen)) in een gedwongen kader")
        r.append("  langste periode zonder hulp: \(Statistiek.duur(langstePeriodeZonderHulpDagen))")
        r += ["", "Kinderen"]
        if kinderen.isEmpty { r.append("  geen kinderen in de formats") }
        for k in kinderen {
            r.append("  \(k.gezinslid): \(Statistiek.leeftijd(k.leeftijdEersteHulp)) bij de eerste hulp, "
                     + "\(Statistiek.leeftijd(k.leeftijdEersteGedwongen)) bij het eerste gedwongen kader")
        }
        r += ["", "Hier verschillen we (smileys én sadneys op hetzelfde item)"]
        if verdeeld.isEmpty { r.append("  nergens") }
        for v in verdeeld {
            r.append("  \(v.item): \(Statistiek.aantal(v.smiley, "smiley", "smileys")), "
                     + Statistiek.aantal(v.sadney, "sadney", "sadneys"))
        }
        return r.joined(separator: "\n") + "\n"
    }

    static func aantal(_ n: Int, _ enkel: String, _ meer: String) -> String {
        "\(n) \(n == 1 ? enkel : meer)"
    }

    /// "1234 dagen (ruim 3 jaar)": days stay exact, years help the reader.
    static func duur(_ dagen: Int) -> String {
        let basis = aantal(dagen, "dag", "dagen")
        let jaren = Double(dagen) / 365.25
        if jaren >= 1 { return basis + " (ongeveer \(String(format: "%.1f", jaren).replacingOccurrences(of: ".", with: ",")) jaar)" }
        if dagen >= 61 { return basis + " (ongeveer \(Int((Double(dagen) / 30.44).rounded())) maanden)" }
        return basis
    }

    static func leeftijd(_ b: Bereik?) -> String {
        guard let b else { return "leeftijd onbekend" }
        return b.van == b.tot ? "\(b.van) jaar" : "\(b.van) of \(b.tot) jaar"
    }
}
