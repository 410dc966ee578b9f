import Casus
import Foundation

/// A casus's share of the common threads as the workbench keeps it (issue 18,
/// migration 008): `rode-draden` over thousands of casussen reads this small form per
/// casus, not the whole analysis. Stored per option variant with the key of the
/// analysis it came from; a stale one is made again from the (stored) analysis.
public enum WerkbankBijdrage {
    /// The share, nil when the casus has fouten; with the analysis's meldingen.
    public struct Uitkomst: Sendable, Hashable, Codable {
        public var bijdrage: RodeDradenBijdrage?
        public var meldingen: [Melding]
    }

    public static func haal(casus: String, opties: RodeDradenOpties,
                            in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> Uitkomst {
        let variant = RodeDradenBijdrage.variant(opties)
        // The key is read before the inputs: a change in between leaves a stale key.
        let (sleutel, rij) = try werkbank.bewaardeBijdrage(casus: casus, variant: variant)
        if let opgeslagen = bewaard((sleutel, rij)) { return opgeslagen }
        let uit = maak(try WerkbankAnalyse.haal(casus: casus, in: werkbank), opties: opties)
        // A read-only workbench still answers; it just cannot keep the result.
        if let inhoud = try? inhoud(uit) {
            try? werkbank.bewaarBijdrage(casus: casus, variant: variant, BewaardeBijdrageRij(sleutel: sleutel.geheel, inhoud: inhoud))
        }
        return uit
    }

    /// The stored share when its key is current (one of `bewaardeBijdragen`), else nil.
    public static func bewaard(_ gelezen: (AnalyseSleutel, BewaardeBijdrageRij?)) -> Uitkomst? {
        guard let rij = gelezen.1, rij.sleutel == gelezen.0.geheel else { return nil }
        return try? lees(rij.inhoud)
    }

    /// The share made from an analysis (stored or fresh).
    public static func maak(_ analyse: WerkbankAnalyse, opties: RodeDradenOpties) -> Uitkomst {
        Uitkomst(bijdrage: analyse.analyse.map { RodeDradenBijdrage($0, opties: opties) }, meldingen: analyse.meldingen)
    }

    /// The stored form: compact binary (migration 010), read 10,000 times per run where
    /// JSON cost a quarter of `rode-draden`'s time.
    static func inhoud(_ uitkomst: Uitkomst) throws -> Data {
        try CompactEncoder().encode(uitkomst)
    }

    static func lees(_ inhoud: Data) throws -> Uitkomst {
        try CompactDecoder().decode(Uitkomst.self, from: inhoud)
    }
}

extension WerkbankBijdrage {
    /// Every option variant a share can be stored for.
    static let varianten: [RodeDradenOpties] = [false, true].flatMap { pseudoniem in
        [false, true].map { RodeDradenOpties(pseudoniem: pseudoniem, organisatiesAnoniem: $0) }
    }

    /// `werkbank controleer`: each stored, current share of `casus` against one made from a
    /// fresh analysis; one that differs is replaced when the workbench can be written.
    static func controleer(casus: String, vers: () throws(WerkbankFout) -> WerkbankAnalyse,
                           in werkbank: any WerkbankOpslag) throws(WerkbankFout) -> (wijktAf: Bool, hersteld: Bool) {
        var wijktAf = false, hersteld = true
        for opties in varianten {
            let variant = RodeDradenBijdrage.variant(opties)
            let (sleutel, rij) = try werkbank.bewaardeBijdrage(casus: casus, variant: variant)
            guard let rij, rij.sleutel == sleutel.geheel else { continue }
            let verse = maak(try vers(), opties: opties)
            guard (try? lees(rij.inhoud)) != verse else { continue }
            wijktAf = true
            let nieuw = (try? inhoud(verse)).map { BewaardeBijdrageRij(sleutel: sleutel.geheel, inhoud: $0) }
            if nieuw.map({ (try? werkbank.bewaarBijdrage(casus: casus, variant: variant, $0)) != nil }) != true {
                hersteld = false
            }
        }
        return (wijktAf, wijktAf && hersteld)
    }
}
