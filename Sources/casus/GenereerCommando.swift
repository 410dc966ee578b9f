import ArgumentParser
import Casus
import Foundation
import Opdrachtregel

struct GenereerCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "genereer",
        abstract: "Maak verzonnen casusmappen (formats en sessie.yaml) voor tests en metingen.",
        discussion: "Hetzelfde zaad geeft altijd dezelfde casussen; casus n is gelijk, hoeveel je er ook maakt.")

    @Option(help: "Hoeveel casussen.")
    var aantal: Int

    @Option(help: "De map waarin de casusmappen komen.")
    var uit: String

    @Option(help: "Het zaad (een getal).")
    var zaad: UInt64 = 1

    @Option(help: "Schrijf ook een project.yaml voor deze casussen (titel, gemeenten, conclusies per thema) naar dit bestand.")
    var project: String?

    @Flag(help: "Geen voortgangsregel op stderr.")
    var stil = false

    func validate() throws {
        if aantal < 1 { throw ValidationError("--aantal moet minstens 1 zijn") }
    }

    func run() throws {
        do {
            let regel = VoortgangsRegel("casussen maken", stil: stil)
            defer { regel.klaar() }
            let mappen = try CasusGenerator.schrijf(aantal: aantal, uit: uit, zaad: zaad, project: project,
                                                    voortgang: regel.voortgang)
            print("\(mappen.count) casussen geschreven naar \(uit)." + (project.map { " Het project staat in \($0)." } ?? ""))
        } catch {
            Uitvoer.fout("\(uit): fout: kan de casussen niet schrijven: \(error)")
            throw Stop.invoerProblemen
        }
    }
}
