import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct Versies: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toon alle bewaarde versies van de formats van een casus, of de tekst van één versie.",
        discussion: "Zonder --bron en --versie: per bron elke versie (nummer, wanneer, door wie, sha256, bestand). "
            + "Met --bron en --versie: precies de YAML-tekst van die versie, zoals hij werd geïmporteerd.")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Option(help: "De bron (zoals `casus versies CASUS` hem noemt, of alleen de rol).")
    var bron: String?

    @Option(help: "Het versienummer van die bron.")
    var versie: Int?

    @Flag(help: "Vervang namen door rollen (ook in de YAML-tekst), en wie importeerde door \"gebruiker 1\", ….")
    var pseudoniem = false

    @OptionGroup var werkbank: WerkbankOptie

    func validate() throws {
        if (bron == nil) != (versie == nil) {
            throw ValidationError("--bron en --versie horen bij elkaar: geef ze allebei, of geen van beide")
        }
    }

    func run() throws {
        let wb = try werkbank.openLezen()
        let namen: Pseudonimisering? = if pseudoniem { try Werkbankfout.meld { try WerkbankNamen.voor(casus: casus, in: wb) } } else { nil }
        if var bron, let versie {
            // The pseudonymised overview shows pseudonymised source ids: they are accepted too.
            if let namen, let echt = try Werkbankfout.meld({ try VersieOverzicht.bronnen(casus: casus, in: wb) })
                .first(where: { namen.term($0.id) == bron }) {
                bron = echt.id
            }
            let tekst = try Werkbankfout.meld {
                try VersieOverzicht.yaml(casus: casus, bron: bron, versie: versie, in: wb)
            }
            print(namen?.term(tekst) ?? tekst, terminator: "")
        } else {
            var bronnen = try Werkbankfout.meld { try VersieOverzicht.bronnen(casus: casus, in: wb) }
            if pseudoniem {
                var gebruikers = Gebruikerslabels()
                for b in bronnen.indices {
                    for v in bronnen[b].versies.indices { bronnen[b].versies[v].door = gebruikers.label(bronnen[b].versies[v].door) }
                }
            }
            let tekst = VersieOverzicht.tekst(casus: casus, bronnen)
            print(namen?.term(tekst) ?? tekst, terminator: "")
        }
    }
}
