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

    @OptionGroup var werkbank: WerkbankOptie

    func validate() throws {
        if (bron == nil) != (versie == nil) {
            throw ValidationError("--bron en --versie horen bij elkaar: geef ze allebei, of geen van beide")
        }
    }

    func run() throws {
        let wb = try werkbank.open()
        if let bron, let versie {
            let tekst = try Werkbankfout.meld {
                try VersieOverzicht.yaml(casus: casus, bron: bron, versie: versie, in: wb)
            }
            print(tekst, terminator: "")
        } else {
            let bronnen = try Werkbankfout.meld { try VersieOverzicht.bronnen(casus: casus, in: wb) }
            print(VersieOverzicht.tekst(casus: casus, bronnen), terminator: "")
        }
    }
}
