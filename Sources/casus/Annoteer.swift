import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct Annoteer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Zet een smiley (dit hielp) of sadney (dit hielp niet) op een item van de tijdlijn.")

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Argument(help: "Het item-id of de stickercode (G12; zie `casus toon CASUS`).")
    var item: String

    @Flag(help: "smiley: dit hielp; sadney: dit hielp niet.")
    var soort: AnnotatieSoort

    @Option(help: "Wie de annotatie plaatst.")
    var door: String

    @Option(help: "Thema: \(Thema.toegestaan.joined(separator: ", ")).")
    var thema: String?

    @Option(help: "Toelichting.")
    var toelichting: String?

    @OptionGroup var werkbank: WerkbankOptie

    func validate() throws {
        if let thema, Thema.gelezen(thema) == nil {
            throw ValidationError("onbekend thema '\(thema)'; kies uit: \(Thema.toegestaan.joined(separator: ", "))")
        }
    }

    func run() throws {
        let wb = try werkbank.open()
        let annotatie = Annotatie(item: item, soort: soort, door: door, thema: thema.flatMap(Thema.gelezen),
                                  toelichting: toelichting)
        let nummer = try Werkbankfout.meld { try SessieBewerking.annoteer(casus: casus, annotatie, in: wb) }
        print("Annotatie #\(nummer): \(soort.rawValue) op \(item) door \(door)")
    }
}

extension AnnotatieSoort: EnumerableFlag {}
