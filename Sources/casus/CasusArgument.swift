import ArgumentParser
import Casus
import Foundation
import CasusOpslag
import CasusApp
import Opdrachtregel

/// The casus a command works on: a casus folder, or a casus id in the workbench.
struct CasusArgument: ParsableArguments {
    @Argument(help: "Een casusmap met tijdlijn-formats, of een casus-id uit de werkbank.")
    var casus: String

    @Option(name: .customLong("werkbank"),
            help: "De werkbank voor een casus-id (SQLite-bestand of postgres://…). Anders CASUS_WERKBANK, anders ./casus-werkbank.sqlite.")
    var werkbank: String?

    /// Exit 2 (wrong usage) when the argument can be neither a folder nor a workbench casus.
    func controleer() throws {
        switch CasusVerwijzing(casus, werkbankGegeven: werkbank != nil) {
        case .map: return
        case .bestand:
            Uitvoer.fout("\(casus): fout: dit is een bestand, geen casusmap — geef de map waarin de formats staan")
            throw Stop.verkeerdGebruik
        case .casusId(let id):
            // A casus id never holds a slash: that was meant as a folder.
            let plek = WerkbankLocatie.pad(argument: werkbank, omgeving: ProcessInfo.processInfo.environment)
            guard id.contains("/") || !Werkbanken.bestaat(plek) else { return }
            Uitvoer.fout("\(casus): fout: map bestaat niet — geef een casusmap met tijdlijn-formats, of een casus-id met --werkbank")
            throw Stop.verkeerdGebruik
        }
    }

    /// Reads the casus; prints every melding and stops with exit 1 when there are fouten.
    func lees(pseudoniem: Bool = false) throws -> CasusInvoer {
        try controleer()
        let invoer = CasusBron.open(argument: casus, werkbank: werkbank)
        let namen = pseudoniem ? Pseudonimisering(formats: invoer.formats, sessie: invoer.sessie) : nil
        try stopBijFouten(invoer.meldingen, wat: "er is geen tijdlijn gemaakt", namen: namen)
        return invoer
    }

    /// The whole pipeline: intake, patronen.yaml, merge, detection.
    func analyseer(pseudoniem: Bool = false) throws -> Analyseren.Resultaat {
        try controleer()
        let resultaat = Analyseren.voerUit(casus: casus, werkbank: werkbank)
        try stopBijFouten(resultaat.meldingen, wat: "er is niets gemaakt", namen: pseudoniem ? resultaat.namen : nil)
        return resultaat
    }

    private func stopBijFouten(_ meldingen: [Melding], wat: String, namen: Pseudonimisering?) throws {
        guard meldingen.heeftFouten else { return }
        Uitvoer.meldingen(meldingen, namen: namen)
        Uitvoer.fout("De casus heeft \(meldingen.fouten.count) fout(en); \(wat).")
        throw Stop.invoerProblemen
    }
}
