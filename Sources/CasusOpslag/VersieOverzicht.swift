import Casus

/// `casus versies`: every stored version of every source of a casus, and the
/// exact text of one of them. Old versions are never merged, only shown.
public struct BronVersies: Sendable, Hashable {
    /// The source id as the merge names it (`rol-organisatie`), made unique within the casus.
    public var id: String
    public var rol: String
    public var organisatie: String
    /// Oldest first; the last one is the one merged.
    public var versies: [OpgeslagenFormat]
}

public enum VersieOverzicht {
    public static func bronnen(casus: String, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> [BronVersies] {
        var perSleutel: [(String, [OpgeslagenFormat])] = []
        for versie in try werkbank.alleVersies(casus: casus) {
            if perSleutel.last?.0 == versie.sleutel {
                perSleutel[perSleutel.count - 1].1.append(versie)
            } else {
                perSleutel.append((versie.sleutel, [versie]))
            }
        }
        var gebruikt: Set<String> = []
        return perSleutel.compactMap { _, versies in
            guard let eerste = versies.first else { return nil }
            let basis = Normalisatie.slug(eerste.rol) + "-" + Normalisatie.slug(eerste.organisatie)
            var id = basis, n = 2
            while gebruikt.contains(id) { id = "\(basis)-\(n)"; n += 1 }
            gebruikt.insert(id)
            return BronVersies(id: id, rol: eerste.rol, organisatie: eerste.organisatie, versies: versies)
        }
    }

    /// The exact YAML text of version `versie` of source `bron` (its id, or its
    /// rol when only one source has that rol).
    public static func yaml(casus: String, bron: String, versie: Int, in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> String {
        let alle = try bronnen(casus: casus, in: werkbank)
        let gezocht = Normalisatie.slug(bron)
        let gevonden = alle.first { $0.id == gezocht }
            ?? alle.filter { Normalisatie.slug($0.rol) == gezocht }.eenzaam
        guard let gevonden else {
            throw WerkbankFout.onbekendeBron(casus: casus, bron: bron, bekend: alle.map(\.id))
        }
        guard let opgeslagen = gevonden.versies.first(where: { $0.versie == versie }) else {
            throw WerkbankFout.onbekendeVersie(casus: casus, bron: gevonden.id, versie: versie,
                                               bekend: gevonden.versies.map(\.versie))
        }
        guard let werkboek = opgeslagen.werkboek else { return opgeslagen.tekst }
        // A workbook is kept as bytes (exporteer writes them back); shown here as read.
        let (format, _) = Intake.leesFormat(werkboek: werkboek, pad: opgeslagen.bestand)
        let kop = "# \(opgeslagen.bestand): werkboek (.xlsx), \(werkboek.count) bytes, sha256 \(opgeslagen.sha256)\n"
            + "# bewaard zoals aangeleverd; casus exporteer schrijft het terug. Zo gelezen:\n"
        return kop + ((format.flatMap { try? FormatYAML.yaml($0) }) ?? "# (niet leesbaar)\n")
    }

    /// Dutch, one block per source, the newest version marked.
    public static func tekst(casus: String, _ bronnen: [BronVersies]) -> String {
        var uit = "Versies van casus \(casus) (tijden in UTC):\n"
        for bron in bronnen {
            let aantal = bron.versies.count == 1 ? "1 versie" : "\(bron.versies.count) versies"
            uit += "\n\(bron.id) — \(bron.rol) (\(bron.organisatie)), \(aantal):\n"
            for (i, v) in bron.versies.enumerated() {
                let nieuwste = i == bron.versies.count - 1 ? "  ← nieuwste" : ""
                uit += "  versie \(v.versie)  \(v.geimporteerdOp)  door \(v.door)  sha256 \(v.sha256.prefix(12))  \(v.bestand)\(nieuwste)\n"
            }
        }
        uit += "\nDe tekst van een versie: casus versies \(casus) --bron BRON --versie N\n"
        return uit
    }
}

private extension Array {
    /// The only element, or nil when there are none or several.
    var eenzaam: Element? { count == 1 ? first : nil }
}
