import ArgumentParser
import Casus
import CasusOpslag
import Opdrachtregel

struct Importeer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Importeer casusmappen of losse formats in de werkbank.",
        discussion: """
            Eerst wordt alles gecontroleerd: bij een fout wordt niets opgeslagen. Een gewijzigd \
            format wordt een nieuwe versie van die bron; de oude blijft bewaard. Een sessie.yaml \
            voegt annotaties, correcties en afspraken toe die er nog niet waren.
            """)

    @Argument(help: "Casusmappen en/of tijdlijn-formats (.yaml), en eventueel sessie.yaml.")
    var paden: [String]

    @Option(help: "Wie importeert (voor het logboek); anders de ingelogde gebruiker.")
    var door: String?

    @OptionGroup var werkbank: WerkbankOptie

    @Flag(help: "Geen voortgangsregel op stderr.")
    var stil = false

    func run() throws {
        let regel = VoortgangsRegel("casusmappen importeren", stil: stil)
        // Read, checked and stored per block in one transaction (issue 18): nothing is
        // stored when any file has a fout, and every melding is printed.
        let (uitkomst, meldingen) = try Werkbankfout.meld {
            try WerkbankSamenvoeging.importeer(paden: paden, door: WerkbankOptie.wie(door), voortgang: regel.voortgang) {
                try werkbank.open(maakAan: true)
            }
        }
        regel.klaar()
        for melding in meldingen { Uitvoer.fout(melding.description) }
        guard let verslag = uitkomst else {
            Uitvoer.fout("Niets geïmporteerd: los eerst de fouten hierboven op.")
            // A path that does not exist is wrong usage (exit 2), as in every command.
            let ontbreekt = paden.contains { Bestandssoort.van(pad: $0) == .ontbreekt }
            throw ontbreekt ? Stop.verkeerdGebruik : Stop.invoerProblemen
        }
        for regel in verslag.formats {
            switch regel.uitkomst {
            case .nieuweBron: print("\(regel.casus): \(regel.bestand) — nieuwe bron, versie 1")
            case .nieuweVersie: print("\(regel.casus): \(regel.bestand) — gewijzigd, nu versie \(regel.versie)")
            case .ongewijzigd: print("\(regel.casus): \(regel.bestand) — ongewijzigd (versie \(regel.versie))")
            }
        }
        let s = verslag.sessie
        if s.annotatiesToegevoegd + s.correctiesToegevoegd + s.afsprakenToegevoegd > 0 {
            print("Sessie: \(s.annotatiesToegevoegd) annotaties, \(s.correctiesToegevoegd) correcties, \(s.afsprakenToegevoegd) afspraken toegevoegd")
        }
        let stappen = [(s.aanvullingenToegevoegd, "aanvullingen op gezinsleden"), (s.keuzesGezet, "keuzes"),
                       (s.oordelenGezet, "oordelen over principes"), (s.evaluatiesToegevoegd, "evaluaties")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        if !stappen.isEmpty { print("Sessie: \(stappen.joined(separator: ", ")) vastgelegd") }
        if !s.sessiegegevens.isEmpty { print("Sessiegegevens: \(s.sessiegegevens.joined(separator: "; "))") }
        for v in s.verhuisd { print("Annotatie #\(v.nummer) hangt nu aan \(v.naar) (was \(v.van))") }
        for a in s.verweesd {
            Uitvoer.fout("waarschuwing: annotatie #\(a.nummer) (\(a.annotatie.soort.rawValue) door \(a.annotatie.door)) hangt aan \(a.annotatie.item), dat niet meer bestaat; ze blijft bewaard")
        }
    }
}
