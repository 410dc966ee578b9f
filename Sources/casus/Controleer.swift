import ArgumentParser
import Casus
import Opdrachtregel

struct Controleer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Controleer tijdlijn-formats (en sessie.yaml) op fouten.",
        discussion: "Elk probleem verschijnt als PAD:REGEL:KOLOM: fout: … met een tip. Exitcode 1 bij fouten.")

    @Argument(help: "Bestanden of casusmappen met tijdlijn-formats.")
    var paden: [String]

    @Flag(help: "Geen voortgangsregel op stderr.")
    var stil = false

    func run() throws {
        let regel = VoortgangsRegel("casusmappen controleren", stil: stil)
        let rapport = Intake.controleer(paden: paden, voortgang: regel.voortgang)
        regel.klaar()
        for pad in rapport.onbekendePaden {
            Uitvoer.fout("\(pad): fout: bestand of map bestaat niet")
        }
        for melding in rapport.meldingen { Uitvoer.fout(melding.description) }
        Uitvoer.fout(rapport.samenvatting)
        if !rapport.onbekendePaden.isEmpty { throw Stop.verkeerdGebruik }
        if rapport.meldingen.heeftFouten { throw Stop.invoerProblemen }
    }
}
