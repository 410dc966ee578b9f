import ArgumentParser
import Casus
import Foundation
import CasusProef
import Opdrachtregel

struct WerkbankStress: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stress",
        abstract: "Beproef de werkbank: breek imports af met SIGKILL en controleer dat niets half blijft.",
        discussion: "Werkt in een eigen tijdelijke map; de werkbank van de gebruiker wordt niet aangeraakt.")

    @Option(help: "Aantal afgebroken imports.")
    var keer = 200

    @Option(help: "Formats per import.")
    var formats = 40

    @Option(help: "Startwaarde van de toevalsgenerator (voor herhaalbaarheid).")
    var zaad: UInt64 = 2026

    @Option(name: .customLong("pauze-ms"), help: "Pauze na elk format binnen de importtransactie (foutinjectie).")
    var pauzeMs = 5

    func run() throws {
        let map = NSTemporaryDirectory() + "casus-stress-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: map) }
        let proef = KillProef(casusProgramma: Self.casusProgramma(), werkbank: map + "/werkbank.sqlite",
                              werkmap: map, formatsPerImport: formats, zaad: zaad, pauzeMs: pauzeMs)
        let verslag = try Werkbankfout.meld { try proef.voerUit(rondes: keer) }
        print("\(verslag.rondes) imports afgebroken met SIGKILL (\(verslag.binnenTransactie) midden in de transactie): \(verslag.niets) lieten niets achter, \(verslag.alles) waren volledig.")
        for probleem in verslag.problemen { Uitvoer.fout("fout: \(probleem)") }
        if !verslag.problemen.isEmpty { throw Stop.invoerProblemen }
        print("Elke keer: de werkbank opende, integrity_check gaf ok, en de import was heel of afwezig.")
    }

    /// The `casus` binary built next to this one: the imports it kills are real ones.
    static func casusProgramma() -> String {
        let dit = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (dit as NSString).deletingLastPathComponent + "/casus"
    }
}
