import ArgumentParser
import TijdlijnRender
import CasusApp
import Opdrachtregel

struct Analyseer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "De hoofdtaak: voeg een casus samen, zoek patronen en teken de tijdlijn.",
        discussion: """
            Schrijft in de uitvoermap: tijdlijn.json, patronen.json, tijdlijn.svg, tijdlijn.png \
            en tijdlijn.pdf (alleen leesbaar voor jou, modus 0600).
            """)

    @OptionGroup var casus: CasusArgument

    @Option(help: "Map waarin de vijf bestanden komen.")
    var uit: String

    @Flag(help: "Vervang in alle bestanden elke naam door een rol.")
    var pseudoniem = false

    @OptionGroup var wand: WandOpties

    func run() throws {
        try casus.controleer()
        let regel = VoortgangsRegel("bestanden schrijven", stil: wand.stil)
        defer { regel.klaar() }
        let resultaat = try CasusAnalyse.voerUit(casusMap: casus.casus, werkbank: casus.werkbank, uit: uit,
                                                 opties: try wand.opties(pseudoniem: pseudoniem),
                                                 poster: try wand.posterFormaat(), voortgang: regel.voortgang)
        regel.klaar()
        for melding in resultaat.meldingen { Uitvoer.fout(melding.description) }
        guard !resultaat.bestanden.isEmpty else {
            Uitvoer.fout("De casus heeft \(resultaat.meldingen.fouten.count) fout(en); er is niets geschreven.")
            throw Stop.invoerProblemen
        }
        for pad in resultaat.bestanden { print("geschreven: \(pad)") }
    }
}

/// Options about the picture, shared by `analyseer` and `render`.
struct WandOpties: ParsableArguments {
    @Option(help: "Breedte per maand in punten (standaard 40).")
    var breedte: Double = RenderOpties.standaardPerMaand

    @Option(help: "Resolutie van de PNG in dpi (standaard 96, geschikt voor een beamer).")
    var dpi: Double = RenderOpties.standaardDPI

    @Option(help: "PDF als poster op vellen om aan elkaar te plakken: A4 of A3.")
    var poster: String?

    @Flag(help: "Geen voortgangsregel op stderr.")
    var stil = false

    func opties(pseudoniem: Bool) throws -> RenderOpties {
        guard breedte >= 4, breedte <= 400 else {
            throw ValidationError("--breedte moet tussen 4 en 400 punten per maand liggen")
        }
        guard dpi >= 10, dpi <= 600 else { throw ValidationError("--dpi moet tussen 10 en 600 liggen") }
        return RenderOpties(breedtePerMaand: breedte, pseudoniem: pseudoniem, dpi: dpi)
    }

    func posterFormaat() throws -> Posterformaat? {
        guard let poster else { return nil }
        guard let f = Posterformaat(rawValue: poster.uppercased()) else {
            throw ValidationError("--poster moet A4 of A3 zijn, niet '\(poster)'")
        }
        return f
    }
}
