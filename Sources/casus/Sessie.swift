import ArgumentParser
import Casus
import CasusOpslag
import CasusWeb
import Foundation
import Opdrachtregel

struct SessieCommando: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessie",
        abstract: "Start de sessie in de browser: facilitator, scherm (beamer) en deelnemers op hun telefoon.",
        discussion: """
            Start een webserver op de werkbank. Drukt twee regels af: de link voor de facilitator \
            (met sleutel) en het adres met de code voor de deelnemers. Alleen bereikbaar op deze \
            computer (127.0.0.1), tenzij --lan. Stop met Ctrl-C.
            """)

    @Argument(help: "Het casus-id in de werkbank.")
    var casus: String

    @Option(help: "De poort (0: een vrije poort).")
    var poort: Int = 8080

    @Flag(help: "Ook bereikbaar voor telefoons op het netwerk van de ruimte.")
    var lan = false

    @Flag(help: "Deelnemers en het scherm zien namen (anders alleen rollen).")
    var namenVoorDeelnemers = false

    @OptionGroup var werkbank: WerkbankOptie

    func validate() throws {
        guard (0...65535).contains(poort) else { throw ValidationError("--poort moet tussen 0 en 65535 liggen") }
    }

    func run() async throws {
        let wb = try werkbank.open()
        let server = SessieServer(casus: casus, werkbank: wb, poort: poort, lan: lan,
                                  namenVoorDeelnemers: namenVoorDeelnemers)
        do {
            // Unbuffered: scripts read these lines while the server runs.
            try await server.draai { regel in FileHandle.standardOutput.write(Data((regel + "\n").utf8)) }
        } catch let fout as WerkbankFout {
            Uitvoer.fout(fout.melding.description)
            throw Stop.invoerProblemen
        } catch {
            Uitvoer.fout("fout: de sessie kon niet starten: \(error)")
            throw Stop.invoerProblemen
        }
        Uitvoer.fout("Sessie gestopt; alles staat in de werkbank.")
    }
}
