/// Gebeurtenissen from different sources are one when
/// - their dates overlap (or, when the texts are similar, lie at most
///   `Drempels.gebeurtenisDagen` apart), and
/// - their `soort` is the same — where the default `gebeurtenis` (the writer did
///   not say) is compatible with any soort, but then only text counts — and
/// - the words of `wat` are similar (Dice ≥ `Drempels.tekstGelijkenis` on word
///   stems), or, for the same explicit soort (not the default), they share a
///   `betrokkene` (people recur in many events; a shared person alone is too weak
///   when the writer did not even say what kind of event it was).
extension Gebeurtenis: Samenvoegbaar {
    static var soort: ItemSoort { .gebeurtenis }

    static func paren(_ invoer: [Invoer<Gebeurtenis>]) -> [Paar] { paren(invoer, alleParen: false) }

    /// `alleParen`: judge every pair with dates close enough (the definition, n² in the
    /// worst case); otherwise only `Kandidaten` (tests check both agree below the cap).
    static func paren(_ invoer: [Invoer<Gebeurtenis>], alleParen: Bool) -> [Paar] {
        let kenmerken = invoer.map { Normalisatie.kenmerken($0.inhoud.wat) }
        let betrokken = invoer.map { Set($0.inhoud.betrokkenen.map(Normalisatie.normaal)) }
        let vertelt = kenmerken.map { !$0.isDisjoint(with: Self.vertellen) }
        // Who the writer was, as a betrokkene is written: the first word of the source id.
        let schrijver = invoer.map { Normalisatie.normaal(String($0.bron.split(separator: "-").first ?? "")) }
        let intervallen = invoer.enumerated().map { i, e in
            (index: i, bron: e.bron, van: e.inhoud.datum.dagen.van, tot: e.inhoud.datum.dagen.tot)
        }
        // Candidates share a word stem or a person; people get their own namespace.
        let gedeeldeKenmerken = kenmerken.indices.map { i in
            Set(kenmerken[i].map { "w:" + $0 } + betrokken[i].map { "p:" + $0 })
        }
        var paren: [Paar] = []
        let beoordeel = { (i: Int, j: Int) in
            let a = invoer[i].inhoud, b = invoer[j].inhoud
            let zelfdeSoort = a.soort == b.soort
            guard zelfdeSoort || a.soort == .gebeurtenis || b.soort == .gebeurtenis else { return }
            let tekst = Normalisatie.gelijkenis(kenmerken[i], kenmerken[j])
            // Telling is its own moment: a child telling in class is not the fight it tells
            // of, unless the words are mostly the same.
            guard vertelt[i] == vertelt[j] || tekst >= Drempels.vertellenGelijkenis else { return }
            let gedeeld = zelfdeSoort && a.soort != .gebeurtenis ? betrokken[i].intersection(betrokken[j]).count : 0
            let gat = max(0, Groepering.gat(a.datum.dagen, b.datum.dagen))
            // Each writer was there by the other's account (the other names their role as
            // a betrokkene): two views of one meeting, when some word is shared too.
            let samen = betrokken[j].contains(schrijver[i]) || betrokken[i].contains(schrijver[j])
            let ontmoeting = samen && tekst > 0 && gat == 0
            // A shared person is weaker evidence than shared words: it needs dates that
            // really overlap, the margin is for texts that say the same.
            guard tekst >= Drempels.tekstGelijkenis || (gedeeld > 0 && gat == 0) || ontmoeting else { return }
            let score = Int(tekst * 1000) + 100 * gedeeld + (ontmoeting ? 100 : 0) + (zelfdeSoort ? 50 : 0) - gat
            paren.append(Paar(a: i, b: j, score: score, zwak: tekst < Drempels.tekstGelijkenis))
        }
        if alleParen {
            Groepering.overlappend(intervallen, marge: Drempels.gebeurtenisDagen, beoordeel)
        } else {
            Kandidaten.paren(kenmerken: gedeeldeKenmerken, teksten: invoer.map { Normalisatie.normaal($0.inhoud.wat) },
                             intervallen: intervallen, marge: Drempels.gebeurtenisDagen, beoordeel)
        }
        return paren
    }

    static func samenvatting(_ perBron: [BronInhoud<Gebeurtenis>], _ k: inout Veldkeuze) -> Gebeurtenis {
        let betrokkenen = Veldkeuze.vereniging(perBron.map(\.inhoud.betrokkenen))
        k.eersteHandBronnen = Set(perBron.map(\.bron).filter { k.kennis.betrokken($0, betrokkenen) })
        let datum = k.datum("datum", perBron.vaste(\.datum)) ?? perBron[0].inhoud.datum
        let waarde = Gebeurtenis(
            datum: datum,
            wat: k.tekst("wat", perBron.vaste(\.wat)) ?? perBron[0].inhoud.wat,
            soort: k.woord("soort", perBron.vaste(\.soort), onbekend: .gebeurtenis) ?? .gebeurtenis,
            betrokkenen: betrokkenen,
            dynamiek: k.tekst("dynamiek", perBron.velden(\.dynamiek)),
            effectProfessionals: k.tekst("effect_professionals", perBron.velden(\.effectProfessionals)),
            volgendeStap: k.tekst("volgende_stap", perBron.velden(\.volgendeStap)),
            veiligheid: k.woord("veiligheid", perBron.vaste(\.veiligheid), onbekend: .onbekend)
                ?? .onbekend,
            bron: k.tekst("bron", perBron.velden(\.bron)))
        return waarde
    }

    func basisId(namen: Pseudonimisering) -> String {
        let maand = datum.van.maand < 10 ? "0\(datum.van.maand)" : "\(datum.van.maand)"
        return "gebeurtenis-\(soort.rawValue)-\(datum.van.jaar)-\(maand)-\(Normalisatie.kortSlug(woorden: namen.idWoorden(wat)))"
    }

    var plaatsDatum: Datum? { datum }

    /// Word stems (as `Normalisatie.kenmerken` cuts them) of telling what happened.
    static let vertellen: Set<String> = ["verte"]

    /// Two events on days that do not touch (the fight on the 22nd, the child
    /// telling it in class on the 24th) are two moments, unless their words say
    /// they are one.
    static func botsen(_ a: Gebeurtenis, _ b: Gebeurtenis) -> Bool { Veldkeuze.strijdig(a.datum, b.datum) }
}
