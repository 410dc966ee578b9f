import ArgumentParser
import Casus
import Opdrachtregel
import Foundation

struct Sjabloon: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Schrijf een leeg tijdlijn-format om in te vullen: een werkboek (.xlsx) of YAML (.yaml).",
        discussion: "Het werkboek heeft een tabblad Uitleg, één tabblad per onderdeel met uitleg per kolom, een grijze voorbeeldrij en keuzelijstjes. Een bestaand bestand dat Casus niet schreef, wordt niet vervangen (tenzij --overschrijf).")

    @OptionGroup var formaat: UitFormaat

    func run() throws {
        let uit = formaat.uit
        let data = try formaat.isWerkboek
            ? Formaatschrijver.werkboek(FormatIndeling.sjabloon)
            : Data(FormatSjabloonYAML.tekst.utf8)
        try Formaatschrijver.schrijf(data, naar: uit, overschrijf: formaat.overschrijf)
        print("Sjabloon geschreven naar \(uit)")
    }
}

/// `--uit F.xlsx|F.yaml`: where a format or template goes, and as what.
struct UitFormaat: ParsableArguments {
    @Option(help: "Het bestand om te schrijven: eindigt op .xlsx of .yaml.")
    var uit: String

    @Flag(help: "Vervang ook een bestaand bestand dat Casus niet schreef, een invoerbestand of een symbolische koppeling.")
    var overschrijf = false

    var isWerkboek: Bool { Werkboeken.isWerkboek(uit) }

    func validate() throws {
        guard isWerkboek || uit.hasSuffix(".yaml") || uit.hasSuffix(".yml") else {
            throw ValidationError("--uit moet eindigen op .xlsx (werkboek) of .yaml")
        }
    }
}

/// Writing workbooks and new files for the commands, with Dutch failures.
enum Formaatschrijver {
    static func werkboek(_ ontwerp: WerkboekOntwerp) throws -> Data {
        guard let codec = Werkboeken.codec else { throw ValidationError("dit programma kan geen werkboeken schrijven") }
        do { return try codec.schrijf(ontwerp) } catch {
            Uitvoer.fout("fout: het werkboek kon niet gemaakt worden")
            throw Stop.invoerProblemen
        }
    }

    /// As every output: not over the input, a file Casus did not write or through a
    /// symlink, unless `--overschrijf`.
    static func schrijf(_ data: Data, naar pad: String, invoer: [String] = [], overschrijf: Bool) throws {
        let regels = BeschermdBestand.Regels(invoer: invoer, overschrijf: overschrijf)
        do { try BeschermdBestand.schrijf(data, naar: pad, regels: regels) } catch {
            Uitvoer.fout((error as? BeschermdBestand.Fout)?.description ?? "\(pad): fout: \(error)")
            throw Stop.invoerProblemen
        }
    }
}
