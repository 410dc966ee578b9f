import ArgumentParser
import Casus
import CasusApp
import Document
import Opdrachtregel

struct VerslagCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verslag",
        abstract: "Het sessieverslag voor de deelnemers: HTML (één bestand) of PDF (A4, met inhoudsopgave).",
        discussion: """
            Zonder --met-namen staat er geen enkele naam in: deelnemers zijn hun rol, gezinsleden hun rol.
            Het bestand is alleen leesbaar voor jou (modus 0600).
            """)

    @OptionGroup var casus: CasusArgument

    @Option(help: "Het verslag: een pad dat eindigt op .html of .pdf.")
    var uit: String

    @Flag(help: "Met de namen van gezinsleden, deelnemers en facilitator (alleen voor de deelnemers zelf).")
    var metNamen = false

    func validate() throws {
        let klein = uit.lowercased()
        guard klein.hasSuffix(".html") || klein.hasSuffix(".pdf") else {
            throw ValidationError("--uit moet eindigen op .html of .pdf")
        }
    }

    func run() throws {
        try casus.controleer()
        let meldingen: [Casus.Melding]
        do {
            meldingen = try VerslagOpdracht.voerUit(casus: casus.casus, werkbank: casus.werkbank, uit: uit, metNamen: metNamen)
        } catch {
            Uitvoer.fout("\(uit): fout: \(error)")
            throw Stop.invoerProblemen
        }
        for melding in meldingen { Uitvoer.fout(melding.description) }
        guard !meldingen.heeftFouten else {
            Uitvoer.fout("De casus heeft \(meldingen.fouten.count) fout(en); er is geen verslag geschreven.")
            throw Stop.invoerProblemen
        }
        print("geschreven: \(uit)")
    }
}
