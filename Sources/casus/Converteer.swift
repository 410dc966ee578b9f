import ArgumentParser
import Casus
import Opdrachtregel
import Foundation

struct Converteer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Zet een tijdlijn-format om van YAML naar werkboek (.xlsx) of terug.",
        discussion: "Het format wordt eerst gecontroleerd; bij een fout wordt niets geschreven. Het format zelf of een bestaand bestand dat Casus niet schreef, wordt alleen met --overschrijf vervangen.")

    @Argument(help: "Het format: .yaml of .xlsx.")
    var bestand: String

    @OptionGroup var formaat: UitFormaat

    func run() throws {
        let uit = formaat.uit
        let (format, meldingen) = Intake.leesFormat(pad: bestand)
        for melding in meldingen { Uitvoer.fout(melding.description) }
        guard let format else {
            Uitvoer.fout("Niet omgezet: verbeter eerst de fouten in \(bestand).")
            throw Stop.invoerProblemen
        }
        let data = try formaat.isWerkboek
            ? Formaatschrijver.werkboek(FormatWerkboek.ontwerp(format))
            : Data(FormatYAML.yaml(format).utf8)
        try Formaatschrijver.schrijf(data, naar: uit, invoer: [bestand], overschrijf: formaat.overschrijf)
        print("\(bestand) omgezet naar \(uit)")
    }
}
